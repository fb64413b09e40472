package io.phoenixspring.controller.internal;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.view.Html;
import java.nio.charset.StandardCharsets;

/** Phoenix's {@code redirect/2}: the open-redirect checks of {@code to:} and the response. */
public final class Redirects {

    /**
     * What a local path may not contain: a backslash ({@code /\evil.com} is {@code //evil.com} to browsers) and a tab
     * after a slash, raw or encoded (browsers drop tabs, so {@code /\t/evil.com} is {@code //evil.com}), as Phoenix
     * since 1.6; CR and LF would split the header.
     */
    private static final String[] UNSAFE = {"\\", "/%09", "/\t", "\r", "\n"};

    private Redirects() {}

    /** Redirects to the local path {@code to}, after checking it is one. */
    public static Conn to(Conn conn, String to) {
        if (to.startsWith("//") || !to.startsWith("/")) {
            throw new IllegalArgumentException("the to option in redirect expects a path but was " + inspect(to)
                    + "; give a path on this site such as \"/login\", or use redirectExternal(conn, url) for a URL"
                    + " you trust");
        }
        for (String unsafe : UNSAFE) {
            if (to.contains(unsafe)) {
                throw new IllegalArgumentException("unsafe characters detected for local redirect in URL " + inspect(to)
                        + "; remove backslashes, tabs after a slash and line breaks");
            }
        }
        return send(conn, to);
    }

    /** Redirects to {@code url}, which is not checked but for line breaks. */
    public static Conn external(Conn conn, String url) {
        if (url.indexOf('\r') >= 0 || url.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("unsafe characters detected for external redirect in URL " + inspect(url)
                    + "; a URL with CR or LF would split the location header");
        }
        return send(conn, url);
    }

    private static Conn send(Conn conn, String url) {
        String body = "<html><body>You are being <a href=\"" + Html.escape(url) + "\">redirected</a>.</body></html>";
        if (conn.getRespHeader("content-type").isEmpty()) {
            conn.putRespContentType("text/html");
        }
        Integer status = conn.status();
        return conn.putRespHeader("location", url)
                .sendResp(status == null ? 302 : status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code value} quoted as Elixir's {@code inspect} does, so a message shows what came without breaking lines. */
    public static String inspect(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
