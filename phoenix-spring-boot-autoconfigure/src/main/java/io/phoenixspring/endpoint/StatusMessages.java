package io.phoenixspring.endpoint;

import java.util.Map;

/** The reason phrases Plug uses for each status ({@code Plug.Conn.Status.reason_phrase/1}). */
public final class StatusMessages {

    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"),
            Map.entry(411, "Length Required"),
            Map.entry(413, "Request Entity Too Large"),
            Map.entry(414, "Request-URI Too Long"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Entity"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private StatusMessages() {}

    /** The reason phrase of {@code status}, e.g. {@code Not Found}. */
    public static String message(int status) {
        return MESSAGES.getOrDefault(status, status >= 500 ? "Internal Server Error" : "Error " + status);
    }
}
