package io.phoenixspring.endpoint;

import io.phoenixspring.conn.Conn;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Phoenix's default error view: the status message ({@code Not Found}) as HTML, or
 * {@code {"errors":{"detail":"Not Found"}}} when the client prefers JSON.
 */
public final class DefaultErrorRenderer implements ErrorRenderer {

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
        Object format = conn.queryParams().get("_format");
        if (format instanceof String f) {
            return f.equals("json");
        }
        String accept = conn.firstReqHeader("accept");
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        int json = lower.indexOf("application/json");
        int html = lower.indexOf("text/html");
        return json >= 0 && (html < 0 || json < html);
    }
}
