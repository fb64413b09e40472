package io.phoenixspring.endpoint;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Header;
import io.phoenixspring.plug.Inspect;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.view.Html;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The development error page of {@code debug_errors: true}, as {@code Plug.Debugger}: the exception's class and
 * message, the request (method, path, headers and params, filtered; the raw query string is left out, as it may
 * hold what the filter hides), the stack trace and, for a 404, the route table. HTML for HTML requests, plain text otherwise. It lists code details, so it is for development only: the
 * auto-configuration uses it when {@code phoenix.endpoint.debug-errors} is true (the samples set it in
 * {@code application-dev.yml}).
 *
 * @see <a href="https://hexdocs.pm/plug/Plug.Debugger.html">Plug.Debugger</a>
 */
public final class DebugErrorRenderer implements ErrorRenderer {

    private static final String STYLE = "body{font-family:sans-serif;margin:0;color:#333}"
            + "header{background:#fdf0f0;padding:1.5em 2em;border-bottom:1px solid #e0c0c0}"
            + "h1{font-size:1.3em;margin:0 0 .5em}h1 small{color:#888;font-weight:normal}"
            + "section{padding:.5em 2em}h2{font-size:1.1em;border-bottom:1px solid #eee}"
            + "pre{background:#f7f7f7;padding:1em;overflow:auto;font-size:.85em}"
            + "table{border-collapse:collapse;font-size:.9em}td,th{text-align:left;padding:.2em 1em .2em 0}";

    private final ParameterFilter filter;
    private final Supplier<String> routes;
    private final List<String> accepts;

    /**
     * @param filter hides sensitive params and headers
     * @param routes the route listing ({@code mix phx.routes}) shown for a 404
     * @param accepts the formats to choose between, as the error view's; anything but html gets plain text
     */
    public DebugErrorRenderer(ParameterFilter filter, Supplier<String> routes, List<String> accepts) {
        this.filter = filter;
        this.routes = routes;
        this.accepts = List.copyOf(accepts);
    }

    @Override
    public Conn render(Conn conn, int status, Throwable error) {
        String format = accepts.isEmpty() ? "html" : DefaultErrorRenderer.format(conn, accepts);
        boolean html = format.equals("html");
        String body = html ? page(conn, status, error) : text(conn, status, error);
        return conn.putRespContentType(html ? "text/html" : "text/plain")
                .sendResp(status, body.getBytes(StandardCharsets.UTF_8));
    }

    private String page(Conn conn, int status, Throwable error) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(error.getClass().getSimpleName() + " at " + conn.method() + " " + conn.requestPath()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<header><h1>")
                .append(esc(error.getClass().getName()))
                .append(" <small>at ")
                .append(esc(conn.method() + " " + conn.requestPath()))
                .append("</small></h1>\n<p class=\"message\">")
                .append(esc(String.valueOf(error.getMessage())))
                .append("</p><p class=\"status\">")
                .append(status)
                .append(' ')
                .append(esc(StatusMessages.message(status)))
                .append("</p></header>\n");
        if (status == 404) {
            section(out, "Available routes", "<pre class=\"routes\">" + esc(routes.get()) + "</pre>");
        }
        section(out, "Request", request(conn));
        section(out, "Stack trace", "<pre class=\"stacktrace\">" + esc(stackTrace(error)) + "</pre>");
        return out.append("</body></html>\n").toString();
    }

    private String request(Conn conn) {
        StringBuilder out = new StringBuilder("<table class=\"request\">");
        row(out, "Method", conn.method());
        row(out, "Path", conn.requestPath());
        out.append("</table>\n<h3>Headers</h3><table class=\"headers\">");
        headers(conn).forEach((name, value) -> row(out, name, String.valueOf(value)));
        return out.append("</table>\n<h3>Params</h3><pre class=\"params\">")
                .append(esc(params(conn)))
                .append("</pre>")
                .toString();
    }

    private String text(Conn conn, int status, Throwable error) {
        StringBuilder out = new StringBuilder(4096)
                .append("# ")
                .append(error.getClass().getName())
                .append(" at ")
                .append(conn.method())
                .append(' ')
                .append(conn.requestPath())
                .append("\n\n")
                .append(status)
                .append(' ')
                .append(StatusMessages.message(status))
                .append(": ")
                .append(error.getMessage())
                .append("\n\n## Request\n\n")
                .append(conn.method())
                .append(' ')
                .append(conn.requestPath())
                .append('\n');
        headers(conn)
                .forEach((name, value) ->
                        out.append(name).append(": ").append(value).append('\n'));
        out.append("\nParams: ").append(params(conn)).append('\n');
        if (status == 404) {
            out.append("\n## Available routes\n\n").append(routes.get());
        }
        return out.append("\n## Stack trace\n\n").append(stackTrace(error)).toString();
    }

    private Map<String, Object> headers(Conn conn) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Header header : conn.reqHeaders()) {
            headers.merge(header.name(), header.value(), (a, b) -> a + ", " + b);
        }
        Map<String, Object> filtered = new LinkedHashMap<>();
        filter.filter(headers).forEach((name, value) -> filtered.put(name, String.valueOf(value)));
        return filtered;
    }

    private String params(Conn conn) {
        try {
            return Inspect.inspect(filter.filter(conn.params()));
        } catch (RuntimeException e) {
            return "[UNFETCHED]";
        }
    }

    private static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static void section(StringBuilder out, String title, String content) {
        out.append("<section><h2>")
                .append(title)
                .append("</h2>\n")
                .append(content)
                .append("</section>\n");
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("<tr><th>")
                .append(esc(name))
                .append("</th><td>")
                .append(esc(value))
                .append("</td></tr>");
    }

    private static String esc(String text) {
        return Html.escape(text);
    }
}
