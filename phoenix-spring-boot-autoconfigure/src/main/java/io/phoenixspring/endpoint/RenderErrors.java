package io.phoenixspring.endpoint;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.MimeTypes;
import io.phoenixspring.plug.EndpointLogger;
import io.phoenixspring.telemetry.Telemetry;
import io.phoenixspring.view.TemplateNotFoundException;
import io.phoenixspring.view.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoint's {@code :render_errors}: renders a failure as {@code "<status>.<format>"} without the app layout.
 * The format is the conn's when it is set and accepted, else negotiated among the accepted formats, else the first.
 * The {@link ErrorView} bean is asked first; then the template {@code error/404} ({@code templates/error/404.html},
 * for HTML); then the status message ({@code Not Found}, or {@code {"errors":{"detail":"Not Found"}}} for JSON), as
 * {@link DefaultErrorRenderer} sends it.
 *
 * <p>Templates and the error view see the conn's assigns and {@code status}, {@code message}, {@code reason},
 * {@code kind}, {@code exception} and {@code conn}; never the exception itself or its stack trace. Each rendered
 * error is logged as {@code Converted error com.acme.NotFoundException to 404 response} at the configured level.
 *
 * @see <a href="https://hexdocs.pm/phoenix/custom_error_pages.html">Custom Error Pages</a>
 */
public final class RenderErrors implements ErrorRenderer {

    /** Emitted once an error page was sent: {@code duration}; {@code conn}, {@code status}, {@code kind}, ... */
    public static final List<String> ERROR_RENDERED = List.of("phoenix", "error_rendered");

    /**
     * The options of {@code render_errors}.
     *
     * @param view the error view's template directory: {@code error} renders {@code templates/error/404.html}
     * @param accepts the formats errors are rendered in, the first being the default
     * @param log the level of the {@code Converted ...} line, or null for none ({@code log: false})
     */
    public record Options(
            String view, List<String> accepts, @Nullable Level log) {

        public Options {
            if (accepts.isEmpty()) {
                throw new IllegalArgumentException("render_errors needs at least one accepted format, got none;"
                        + " set phoenix.endpoint.render-errors.accepts, e.g. to html,json");
            }
            accepts = List.copyOf(accepts);
        }

        /** Phoenix's defaults for an app with HTML and JSON: view {@code error}, html and json, logged at debug. */
        public static Options defaults() {
            return new Options("error", List.of("html", "json"), Level.DEBUG);
        }
    }

    private final Options options;
    private final @Nullable TemplateRenderer templates;
    private final @Nullable ErrorView view;
    private final JsonMapper json;
    private final Telemetry telemetry;

    /**
     * @param options the view, the accepted formats and the log level
     * @param templates renders {@code error/404.html}, or null without a template engine
     * @param view the application's error view, or null
     * @param json encodes what the error view gives for JSON
     */
    public RenderErrors(
            Options options, @Nullable TemplateRenderer templates, @Nullable ErrorView view, JsonMapper json) {
        this(options, templates, view, json, EndpointLogger.bus());
    }

    /**
     * @param options the view, the accepted formats and the log level
     * @param templates renders {@code error/404.html}, or null without a template engine
     * @param view the application's error view, or null
     * @param json encodes what the error view gives for JSON
     * @param telemetry where {@code phoenix.error_rendered} goes (the {@code Converted ...} line is its handler's)
     */
    public RenderErrors(
            Options options,
            @Nullable TemplateRenderer templates,
            @Nullable ErrorView view,
            JsonMapper json,
            Telemetry telemetry) {
        this.telemetry = telemetry;
        this.options = options;
        this.templates = templates;
        this.view = view;
        this.json = json;
    }

    /** The options. */
    public Options options() {
        return options;
    }

    @Override
    public Conn render(Conn conn, int status, Throwable error) {
        long start = System.nanoTime();
        Conn sent = conn;
        try {
            String format = DefaultErrorRenderer.format(conn, options.accepts());
            sent = render(conn, status, format, assigns(conn, status, error));
            return sent;
        } finally {
            if (telemetry.hasHandlers(ERROR_RENDERED)) {
                Map<String, Object> metadata = new LinkedHashMap<>();
                metadata.put("conn", sent);
                metadata.put("status", status);
                metadata.put("kind", "error");
                metadata.put("reason", error);
                metadata.put("stacktrace", List.of(error.getStackTrace()));
                metadata.put("log", options.log() == null ? Boolean.FALSE : options.log());
                telemetry.execute(ERROR_RENDERED, Map.of("duration", System.nanoTime() - start), metadata);
            }
        }
    }

    private Conn render(Conn conn, int status, String format, Map<String, Object> assigns) {
        Object custom = view == null ? null : view.render(status + "." + format, assigns);
        if (custom != null) {
            return format.equals("json")
                    ? send(conn, status, "application/json", json.writeValueAsBytes(custom))
                    : send(conn, status, MimeTypes.type(format), String.valueOf(custom));
        }
        String page = format.equals("html") ? template(options.view() + "/" + status, assigns) : null;
        if (page != null) {
            return send(conn, status, "text/html", page);
        }
        return DefaultErrorRenderer.sendStatusMessage(conn, status, format);
    }

    private @Nullable String template(String name, Map<String, Object> assigns) {
        if (templates == null || !templates.exists(name)) {
            return null;
        }
        try {
            return templates.render(name, assigns, Locale.getDefault());
        } catch (TemplateNotFoundException e) {
            return null;
        }
    }

    private static Map<String, Object> assigns(Conn conn, int status, Throwable error) {
        Map<String, Object> assigns = new LinkedHashMap<>();
        conn.assigns().forEach((key, value) -> {
            if (value != null) {
                assigns.put(key, value);
            }
        });
        assigns.put("status", status);
        assigns.put("message", StatusMessages.message(status));
        assigns.put("reason", error.getMessage() == null ? "" : error.getMessage());
        assigns.put("kind", "error");
        assigns.put("exception", error.getClass().getName());
        assigns.put("conn", conn);
        return assigns;
    }

    private static Conn send(Conn conn, int status, String contentType, String body) {
        return send(conn, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Conn send(Conn conn, int status, String contentType, byte[] body) {
        return conn.putRespContentType(contentType).sendResp(status, body);
    }
}
