package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a {@code POST} whose body param {@code _method} is {@code PUT}, {@code PATCH} or {@code DELETE} into that
 * method, as {@code Plug.MethodOverride}. Runs after the parsers; other methods and values are left alone.
 */
public final class MethodOverridePlug implements Plug {

    private static final Set<String> ALLOWED = Set.of("PUT", "PATCH", "DELETE");

    @Override
    public Conn call(Conn conn) {
        if (!"POST".equals(conn.method())) {
            return conn;
        }
        Object requested = conn.bodyParams().get("_method");
        if (requested instanceof String method) {
            String upper = method.toUpperCase(Locale.ROOT);
            if (ALLOWED.contains(upper)) {
                return conn.putMethod(upper);
            }
        }
        return conn;
    }
}
