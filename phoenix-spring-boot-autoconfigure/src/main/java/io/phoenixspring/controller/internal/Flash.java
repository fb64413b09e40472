package io.phoenixspring.controller.internal;

import io.phoenixspring.conn.Conn;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The flash behind {@code Controller.fetchFlash}, {@code putFlash}, ...: the messages live in the conn's private data
 * while the request runs, and a before-send hook keeps them in the session under {@value #SESSION_KEY} only for a
 * redirect (status 300..308) and removes them otherwise, so they survive exactly one redirect.
 */
public final class Flash {

    /** The session key, and the private key, of the flash. */
    public static final String SESSION_KEY = "phoenix_flash";

    private Flash() {}

    /** Loads the flash from the session, once. */
    public static Conn fetch(Conn conn) {
        if (conn.getPrivate(SESSION_KEY) != null) {
            return conn;
        }
        try {
            conn.getSession();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "fetchFlash needs a fetched session, the flash is kept there; plug fetchSession before fetchFlash"
                            + " (e.g. p.plug(\"fetchSession\").plug(\"fetchFlash\")) and set"
                            + " phoenix.endpoint.session.key",
                    e);
        }
        Object sessionFlash = conn.getSession(SESSION_KEY);
        Map<String, Object> flash = new LinkedHashMap<>();
        if (sessionFlash instanceof Map<?, ?> stored) {
            stored.forEach((key, value) -> {
                if (value != null) {
                    flash.put(String.valueOf(key), value);
                }
            });
        }
        conn.putPrivate(SESSION_KEY, flash);
        boolean inSession = sessionFlash != null;
        return conn.registerBeforeSend(c -> persist(c, inSession));
    }

    private static Conn persist(Conn conn, boolean inSession) {
        Map<String, Object> flash = flash(conn);
        if (!inSession && flash.isEmpty()) {
            return conn;
        }
        Integer status = conn.status();
        if (!flash.isEmpty() && status != null && status >= 300 && status <= 308) {
            return conn.putSession(SESSION_KEY, new LinkedHashMap<>(flash));
        }
        return conn.deleteSession(SESSION_KEY);
    }

    /** The messages, read-only. */
    public static Map<String, Object> get(Conn conn) {
        return Collections.unmodifiableMap(flash(conn));
    }

    /** The message under {@code key}, or null. */
    public static @Nullable Object get(Conn conn, String key) {
        return flash(conn).get(key);
    }

    /** Puts {@code messages} over the current ones. */
    public static Conn merge(Conn conn, Map<String, ?> messages) {
        Map<String, Object> flash = new LinkedHashMap<>(flash(conn));
        messages.forEach((key, message) -> {
            if (message == null) {
                throw new IllegalArgumentException(
                        "flash message for \"" + key + "\" is null; give a message, or clearFlash to remove them");
            }
            flash.put(key, message);
        });
        conn.putPrivate(SESSION_KEY, flash);
        return conn;
    }

    /** Removes every message. */
    public static Conn clear(Conn conn) {
        flash(conn);
        return conn.putPrivate(SESSION_KEY, new LinkedHashMap<String, Object>());
    }

    private static Map<String, Object> flash(Conn conn) {
        Map<String, Object> flash = conn.getPrivate(SESSION_KEY);
        if (flash == null) {
            throw new IllegalStateException("flash not fetched, call fetchFlash(conn) first (or add"
                    + " Controller.fetchFlash() to the pipeline, e.g. p.plug(\"fetchSession\").plug(\"fetchFlash\"))");
        }
        return flash;
    }
}
