package io.phoenixspring.conn;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Cookie header decoding and date encoding, as {@code Plug.Conn.Cookies}. */
public final class Cookies {

    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Cookies() {}

    /**
     * Decodes a {@code cookie} request header: {@code "a=1; b=2"} gives {@code {a=1, b=2}}. Pairs without a name or
     * an {@code =} are skipped; the first occurrence of a name wins, as browsers send the most specific first.
     */
    public static Map<String, String> decode(String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String pair : header.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (!name.isEmpty()) {
                cookies.putIfAbsent(name, value);
            }
        }
        return cookies;
    }

    static String expires(long secondsFromNow) {
        return EXPIRES.format(Instant.now().plusSeconds(secondsFromNow));
    }
}
