package io.phoenixspring.endpoint;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.controller.Controller;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Phoenix's default error view with {@code accepts: ~w(html json)}: the status message ({@code Not Found}) as HTML,
 * or {@code {"errors":{"detail":"Not Found"}}} when the request's format is JSON (set by the route's {@code accepts},
 * or else negotiated from {@code _format} and the {@code accept} header, falling back to HTML).
 */
public final class DefaultErrorRenderer implements ErrorRenderer {

    private static final List<String> FORMATS = List.of("html", "json");

    @Override
    public Conn render(Conn conn, int status, Throwable error) {
        String message = StatusMessages.message(status);
        if (prefersJson(conn)) {
            String body = "{\"errors\":{\"detail\":\"" + message + "\"}}";
            return conn.putRespContentType("application/json").sendResp(status, body.getBytes(StandardCharsets.UTF_8));
        }
        return conn.putRespContentType("text/html").sendResp(status, message.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean prefersJson(Conn conn) {
        String format = Controller.getFormat(conn);
        if (format == null || !FORMATS.contains(format)) {
            try {
                format = Controller.getFormat(Controller.accepts(conn, FORMATS));
            } catch (RuntimeException e) {
                format = FORMATS.get(0);
            }
        }
        return "json".equals(format);
    }
}
