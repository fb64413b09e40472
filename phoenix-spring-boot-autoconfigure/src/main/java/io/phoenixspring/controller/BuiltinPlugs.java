package io.phoenixspring.controller;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.CsrfProtectionPlug;
import io.phoenixspring.plug.Plug;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The function plugs a router pipeline can name without declaring them, as Phoenix's router imports them:
 * {@code fetchSession}, {@code fetchFlash}, {@code protectFromForgery}, {@code putSecureBrowserHeaders} and
 * {@code accepts}. A public method of the same name on the router bean wins.
 *
 * <pre>{@code
 * router.pipeline("browser", p -> p.plug("accepts", List.of("html"))
 *         .plug("fetchSession")
 *         .plug("fetchFlash")
 *         .plug("protectFromForgery")
 *         .plug("putSecureBrowserHeaders"));
 * }</pre>
 */
public final class BuiltinPlugs {

    /** The names, in the order of a browser pipeline. */
    public static final List<String> NAMES =
            List.of("accepts", "fetchSession", "fetchFlash", "protectFromForgery", "putSecureBrowserHeaders");

    private BuiltinPlugs() {}

    /**
     * The built-in plug {@code name} with {@code options}, or empty when there is none of that name.
     *
     * @param options null for none; for {@code accepts} a list or array of formats or one format; for
     *     {@code protectFromForgery} a {@link CsrfProtectionPlug.Options}, a {@link CsrfProtectionPlug.Mode} or a map
     *     with {@code with} ({@code "exception"} or {@code "clear_session"}) and {@code session_key}; for
     *     {@code putSecureBrowserHeaders} a map of extra headers
     * @throws IllegalArgumentException when the options do not suit the plug
     */
    public static Optional<Plug> find(String name, @Nullable Object options) {
        return Optional.ofNullable(
                switch (name) {
                    case "fetchSession" -> noOptions(name, options, Conn::fetchSession);
                    case "fetchFlash" -> noOptions(name, options, Controller.fetchFlash());
                    case "protectFromForgery" -> Controller.protectFromForgery(csrfOptions(options));
                    case "putSecureBrowserHeaders" -> Controller.putSecureBrowserHeaders(headers(options));
                    case "accepts" -> Controller.accepts(formats(options).toArray(String[]::new));
                    default -> null;
                });
    }

    private static Plug noOptions(String name, @Nullable Object options, Plug plug) {
        if (options != null) {
            throw new IllegalArgumentException(
                    name + " takes no options, got " + options + "; plug it as p.plug(\"" + name + "\")");
        }
        return plug;
    }

    private static List<String> formats(@Nullable Object options) {
        List<String> formats = new ArrayList<>();
        if (options instanceof String format) {
            formats.add(format);
        } else if (options instanceof String[] array) {
            formats.addAll(List.of(array));
        } else if (options instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            list.forEach(f -> formats.add((String) f));
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("accepts needs the formats to accept, got " + options
                    + "; plug it as p.plug(\"accepts\", List.of(\"html\"))");
        }
        return formats;
    }

    private static CsrfProtectionPlug.Options csrfOptions(@Nullable Object options) {
        if (options == null) {
            return CsrfProtectionPlug.Options.defaults();
        }
        if (options instanceof CsrfProtectionPlug.Options given) {
            return given;
        }
        if (options instanceof CsrfProtectionPlug.Mode mode) {
            return CsrfProtectionPlug.Options.with(mode);
        }
        if (options instanceof Map<?, ?> map && Set.of("with", "session_key").containsAll(map.keySet())) {
            Object with = map.get("with");
            Object key = map.get("session_key");
            CsrfProtectionPlug.Mode mode = with == null
                    ? CsrfProtectionPlug.Mode.EXCEPTION
                    : with instanceof CsrfProtectionPlug.Mode m ? m : mode(String.valueOf(with));
            return new CsrfProtectionPlug.Options(
                    mode, key == null ? CsrfProtectionPlug.DEFAULT_SESSION_KEY : String.valueOf(key));
        }
        throw new IllegalArgumentException("protectFromForgery takes a CsrfProtectionPlug.Options, a"
                + " CsrfProtectionPlug.Mode or a map of \"with\" and \"session_key\", got " + options
                + "; e.g. p.plug(\"protectFromForgery\", CsrfProtectionPlug.Mode.CLEAR_SESSION)");
    }

    private static CsrfProtectionPlug.Mode mode(String with) {
        try {
            return CsrfProtectionPlug.Mode.valueOf(with.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "protectFromForgery's \"with\" should be \"exception\" or" + " \"clear_session\", got \"" + with
                            + "\"",
                    e);
        }
    }

    private static Map<String, String> headers(@Nullable Object options) {
        if (options == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (options instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                if (name instanceof String n && value instanceof String v) {
                    headers.put(n, v);
                }
            });
            if (headers.size() == map.size()) {
                return headers;
            }
        }
        throw new IllegalArgumentException("putSecureBrowserHeaders takes a map of header names to values, got "
                + options + "; e.g. p.plug(\"putSecureBrowserHeaders\", Map.of(\"content-security-policy\","
                + " \"default-src 'self'\"))");
    }
}
