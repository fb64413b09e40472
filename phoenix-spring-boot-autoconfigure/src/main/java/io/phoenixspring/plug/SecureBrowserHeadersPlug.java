package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Puts headers that improve browser security, as Phoenix's {@code put_secure_browser_headers/2}: the
 * {@linkplain #DEFAULTS six defaults}, with any extra headers merged over them (an extra header of the same name
 * replaces the default, never duplicates it).
 *
 * <p>Extra header names are lower-cased, as HTTP/2 requires; two names that differ only in case are rejected.
 *
 * <pre>{@code
 * router.pipeline("browser", p -> p.plug(new SecureBrowserHeadersPlug(Map.of(
 *         "content-security-policy", "default-src 'self'"))));
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Controller.html#put_secure_browser_headers/2">put_secure_browser_headers/2</a>
 */
public final class SecureBrowserHeadersPlug implements Plug {

    /** Phoenix's defaults, in its order. */
    public static final Map<String, String> DEFAULTS = defaults();

    private final Map<String, String> headers;

    /** The defaults only. */
    public SecureBrowserHeadersPlug() {
        this(Map.of());
    }

    /**
     * The defaults with {@code extra} merged over them.
     *
     * @throws IllegalArgumentException when a name or value could not be sent as a header
     */
    public SecureBrowserHeadersPlug(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        Map<String, String> seen = new LinkedHashMap<>();
        extra.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            String previous = seen.put(lower, name);
            if (previous != null) {
                throw new IllegalArgumentException("secure browser headers \"" + previous + "\" and \"" + name
                        + "\" are the same header; give it once, in lower case (\"" + lower + "\")");
            }
            check(lower, value);
            all.put(lower, value);
        });
        this.headers = Collections.unmodifiableMap(all);
    }

    @Override
    public Conn call(Conn conn) {
        return conn.mergeRespHeaders(headers);
    }

    /** The headers this plug puts, in order. */
    public Map<String, String> headers() {
        return headers;
    }

    private static void check(String name, String value) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c >= 127)) {
            throw new IllegalArgumentException("secure browser header name \"" + name + "\" is empty or has a space,"
                    + " colon or control character; use a plain token such as \"content-security-policy\"");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(
                    "the value of secure browser header \"" + name + "\" contains \\r or \\n; remove them");
        }
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("x-frame-options", "SAMEORIGIN");
        defaults.put("x-xss-protection", "1; mode=block");
        defaults.put("x-content-type-options", "nosniff");
        defaults.put("x-download-options", "noopen");
        defaults.put("x-permitted-cross-domain-policies", "none");
        defaults.put("cross-origin-window-policy", "deny");
        return Collections.unmodifiableMap(defaults);
    }

    @Override
    public String toString() {
        return "SecureBrowserHeadersPlug" + headers.keySet();
    }
}
