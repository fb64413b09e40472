package io.phoenixspring.controller.internal;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.MissingParamException;
import io.phoenixspring.conn.Params;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Phoenix's {@code scrub_params/2}. */
public final class ScrubParams {

    private ScrubParams() {}

    /** Checks {@code key} is present and turns the empty strings under it into nulls. */
    public static Conn scrub(Conn conn, String key) {
        Params params = conn.params();
        Object scrubbed = scrub(params.get(key));
        if (scrubbed == null || Boolean.FALSE.equals(scrubbed)) {
            throw new MissingParamException(key);
        }
        Map<String, @Nullable Object> next = new LinkedHashMap<>(params);
        next.put(key, scrubbed);
        return conn.putParams(next);
    }

    private static @Nullable Object scrub(@Nullable Object value) {
        if (value instanceof String text) {
            return blank(text) ? null : text;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, @Nullable Object> scrubbed = new LinkedHashMap<>();
            map.forEach((k, v) -> scrubbed.put(k, scrub(v)));
            return Collections.unmodifiableMap(scrubbed);
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> scrubbed = new ArrayList<>(list.size());
            list.forEach(v -> scrubbed.add(scrub(v)));
            return Collections.unmodifiableList(scrubbed);
        }
        return value;
    }

    /** Whether {@code text} is empty or ASCII spaces only; tabs and line breaks are content. */
    private static boolean blank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
