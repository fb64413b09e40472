package io.phoenixspring.conn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * HTTP status codes by name and their reason phrases, as {@code Plug.Conn.Status}: {@code "not_found"} is 404,
 * {@code "unprocessable_entity"} 422, {@code "im_a_teapot"} 418. A name is the reason phrase in lower case, without
 * apostrophes, every other character but letters and digits an underscore.
 *
 * @see <a href="https://hexdocs.pm/plug/Plug.Conn.Status.html">Plug.Conn.Status</a>
 */
public final class Status {

    private static final Map<Integer, String> PHRASES = phrases();

    private static final Map<String, Integer> CODES = codes();

    private Status() {}

    private static Map<Integer, String> phrases() {
        Map<Integer, String> phrases = new TreeMap<>();
        String[] table = {
            "100 Continue",
            "101 Switching Protocols",
            "102 Processing",
            "103 Early Hints",
            "200 OK",
            "201 Created",
            "202 Accepted",
            "203 Non-Authoritative Information",
            "204 No Content",
            "205 Reset Content",
            "206 Partial Content",
            "207 Multi-Status",
            "208 Already Reported",
            "226 IM Used",
            "300 Multiple Choices",
            "301 Moved Permanently",
            "302 Found",
            "303 See Other",
            "304 Not Modified",
            "305 Use Proxy",
            "306 Switch Proxy",
            "307 Temporary Redirect",
            "308 Permanent Redirect",
            "400 Bad Request",
            "401 Unauthorized",
            "402 Payment Required",
            "403 Forbidden",
            "404 Not Found",
            "405 Method Not Allowed",
            "406 Not Acceptable",
            "407 Proxy Authentication Required",
            "408 Request Timeout",
            "409 Conflict",
            "410 Gone",
            "411 Length Required",
            "412 Precondition Failed",
            "413 Request Entity Too Large",
            "414 Request-URI Too Long",
            "415 Unsupported Media Type",
            "416 Requested Range Not Satisfiable",
            "417 Expectation Failed",
            "418 I'm a teapot",
            "421 Misdirected Request",
            "422 Unprocessable Entity",
            "423 Locked",
            "424 Failed Dependency",
            "425 Too Early",
            "426 Upgrade Required",
            "428 Precondition Required",
            "429 Too Many Requests",
            "431 Request Header Fields Too Large",
            "451 Unavailable For Legal Reasons",
            "500 Internal Server Error",
            "501 Not Implemented",
            "502 Bad Gateway",
            "503 Service Unavailable",
            "504 Gateway Timeout",
            "505 HTTP Version Not Supported",
            "506 Variant Also Negotiates",
            "507 Insufficient Storage",
            "508 Loop Detected",
            "510 Not Extended",
            "511 Network Authentication Required"
        };
        for (String entry : table) {
            phrases.put(Integer.parseInt(entry.substring(0, 3)), entry.substring(4));
        }
        return Collections.unmodifiableMap(phrases);
    }

    private static Map<String, Integer> codes() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        PHRASES.forEach((code, phrase) -> codes.put(name(phrase), code));
        return Collections.unmodifiableMap(codes);
    }

    /** The name of a reason phrase, as Plug makes it: {@code "I'm a teapot"} gives {@code im_a_teapot}. */
    private static String name(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]", "_");
    }

    /**
     * The code of the status named {@code name}, as {@code Plug.Conn.Status.code/1}.
     *
     * @throws IllegalArgumentException when Plug knows no status of that name; the message lists the names
     */
    public static int code(String name) {
        Integer code = CODES.get(name);
        if (code == null) {
            throw new IllegalArgumentException("unknown status name \"" + name + "\"; expected one of Plug's status"
                    + " names, such as \"not_found\" or \"unprocessable_entity\", or pass the code as an int. The"
                    + " names are: " + String.join(", ", CODES.keySet()));
        }
        return code;
    }

    /** Plug's reason phrase of {@code code} ({@code "Not Found"}), empty for a code Plug does not know. */
    public static Optional<String> reasonPhrase(int code) {
        return Optional.ofNullable(PHRASES.get(code));
    }

    /** The status names Plug knows, by code order. */
    public static List<String> names() {
        return List.copyOf(CODES.keySet());
    }
}
