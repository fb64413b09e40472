package io.phoenixspring.endpoint;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.MimeTypes;
import io.phoenixspring.controller.Controller;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Phoenix's default error view with {@code accepts: ~w(html json)} and no templates: the status message
 * ({@code Not Found}) as HTML, or {@code {"errors":{"detail":"Not Found"}}} when the request's format is JSON (set by
 * the route's {@code accepts}, or else negotiated from {@code _format} and the {@code accept} header, falling back to
 * HTML). {@link RenderErrors} falls back to it when neither the error view nor a template renders the error.
 */
public final class DefaultErrorRenderer implements ErrorRenderer {

    private static final List<String> FORMATS = List.of("html", "json");

    @Override
    public Conn render(Conn conn, int status, Throwable error) {
        return sendStatusMessage(conn, status, format(conn, FORMATS));
    }

    /** Sends the status message of {@code status} in {@code format}: JSON as {@code {"errors":{"detail":...}}}. */
    static Conn sendStatusMessage(Conn conn, int status, String format) {
        String message = StatusMessages.message(status);
        if (format.equals("json")) {
            String body = "{\"errors\":{\"detail\":\"" + message + "\"}}";
            return conn.putRespContentType("application/json").sendResp(status, body.getBytes(StandardCharsets.UTF_8));
        }
        return conn.putRespContentType(MimeTypes.type(format))
                .sendResp(status, message.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The format to render an error in: the conn's format when set and accepted, else negotiated among
     * {@code accepts} from {@code _format} and the {@code accept} header, else the first accepted.
     */
    static String format(Conn conn, List<String> accepts) {
        String format = Controller.getFormat(conn);
        if (format != null && accepts.contains(format)) {
            return format;
        }
        try {
            String negotiated = Controller.getFormat(Controller.accepts(conn, accepts));
            return negotiated == null ? accepts.get(0) : negotiated;
        } catch (RuntimeException e) {
            return accepts.get(0);
        }
    }
}
