package io.phoenixspring.plug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Hides sensitive params from log lines and debug pages, as Phoenix's {@code :filter_parameters}: in discard mode
 * (the default, {@code ["password"]}) a value whose key <em>contains</em> one of the terms (case-sensitive) becomes
 * {@code "[FILTERED]"}; in keep mode every value becomes {@code "[FILTERED]"} except those whose key <em>equals</em>
 * one of the terms, with everything under them. Nested maps and lists are filtered too.
 *
 * <pre>{@code
 * ParameterFilter.discard(List.of("password", "secret")).filter(params);
 * ParameterFilter.keep(List.of("id", "order")).filter(params);
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Logger.html#module-parameter-filtering">Parameter filtering</a>
 */
public final class ParameterFilter {

    /** What filtered values are replaced with. */
    public static final String FILTERED = "[FILTERED]";

    private static final ParameterFilter DEFAULT = discard(List.of("password"));

    private final List<String> terms;
    private final boolean keep;

    private ParameterFilter(List<String> terms, boolean keep) {
        this.terms = List.copyOf(terms);
        this.keep = keep;
    }

    /** Filters the values of keys that contain any of {@code terms} ({@code {:discard, terms}}). */
    public static ParameterFilter discard(List<String> terms) {
        return new ParameterFilter(terms, false);
    }

    /** Filters every value except those of keys equal to one of {@code terms} ({@code {:keep, terms}}). */
    public static ParameterFilter keep(List<String> terms) {
        return new ParameterFilter(terms, true);
    }

    /** Phoenix's default: discard {@code password}. */
    public static ParameterFilter defaults() {
        return DEFAULT;
    }

    /** The terms. */
    public List<String> terms() {
        return terms;
    }

    /** Whether this filter keeps only the terms (rather than discarding them). */
    public boolean isKeep() {
        return keep;
    }

    /** A copy of {@code params} with the sensitive values replaced by {@code "[FILTERED]"}, in the same order. */
    public Map<String, @Nullable Object> filter(Map<String, ? extends @Nullable Object> params) {
        Map<String, @Nullable Object> filtered = new LinkedHashMap<>();
        params.forEach((key, value) -> filtered.put(key, entry(key, value)));
        return filtered;
    }

    /** {@code value} filtered: maps and lists recursively; in keep mode any other value is filtered. */
    public @Nullable Object filterValue(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, @Nullable Object> filtered = new LinkedHashMap<>();
            map.forEach((key, nested) -> filtered.put(key, entry(key, nested)));
            return filtered;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            List<@Nullable Object> filtered = new ArrayList<>(list.size());
            list.forEach(element -> filtered.add(filterValue(element)));
            return filtered;
        }
        return keep ? FILTERED : value; // an Upload, like a Plug struct, passes in discard mode only
    }

    private @Nullable Object entry(Object key, @Nullable Object value) {
        if (key instanceof String name && matches(name)) {
            return keep ? value : FILTERED;
        }
        return filterValue(value);
    }

    private boolean matches(String key) {
        if (keep) {
            return terms.contains(key);
        }
        for (String term : terms) {
            if (key.contains(term)) {
                return true;
            }
        }
        return false;
    }
}
