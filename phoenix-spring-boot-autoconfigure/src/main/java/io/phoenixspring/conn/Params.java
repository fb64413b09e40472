package io.phoenixspring.conn;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Request params: a read-only map with string keys whose values are strings, lists, nested maps, {@link Upload}s or
 * JSON values, with typed accessors.
 *
 * <pre>{@code
 * public Conn show(Conn conn, Params params) {
 *     String messenger = params.getString("messenger");
 *     ...
 * }
 * }</pre>
 */
public final class Params extends AbstractMap<String, @Nullable Object> {

    private static final Params EMPTY = new Params(Map.of());

    private final Map<String, @Nullable Object> values;

    private Params(Map<String, @Nullable Object> values) {
        this.values = values;
    }

    /** Params over a copy of {@code values}. */
    public static Params of(Map<String, ? extends @Nullable Object> values) {
        if (values instanceof Params params) {
            return params;
        }
        return values.isEmpty() ? EMPTY : new Params(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** No params. */
    public static Params empty() {
        return EMPTY;
    }

    @Override
    public Set<Entry<String, @Nullable Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return values.containsKey(key);
    }

    /** The value at {@code key} as text, or null when absent. Lists and maps are not text and give null. */
    public @Nullable String getString(String key) {
        Object value = values.get(key);
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : null;
    }

    /** The value at {@code key} as text, if present. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(getString(key));
    }

    /** The nested params at {@code key}, or empty params when absent or not a map. */
    @SuppressWarnings("unchecked")
    public Params getParams(String key) {
        Object value = values.get(key);
        return value instanceof Map<?, ?> map ? Params.of((Map<String, Object>) map) : EMPTY;
    }

    /** The list at {@code key}, or an empty list when absent or not a list. */
    @SuppressWarnings("unchecked")
    public List<@Nullable Object> getList(String key) {
        Object value = values.get(key);
        return value instanceof List<?> list ? Collections.unmodifiableList((List<Object>) list) : List.of();
    }

    /**
     * The value at {@code key}, which must be present and not empty.
     *
     * @throws MissingParamException (400) when it is absent or an empty string
     */
    public Object require(String key) {
        Object value = values.get(key);
        if (value == null || "".equals(value)) {
            throw new MissingParamException(key);
        }
        return value;
    }

    /** Params with {@code overrides} put over these. */
    public Params merge(Map<String, ? extends @Nullable Object> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        if (values.isEmpty()) {
            return of(overrides);
        }
        Map<String, @Nullable Object> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        return new Params(Collections.unmodifiableMap(merged));
    }
}
