package io.phoenixspring.telemetry;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The measurements or metadata of an event emitted on every request: an immutable map over keys given once, so that
 * making one is a single array and reading one compares a few keys, with no hashing. Equal to any map with the same
 * entries. {@code EventMap.Keys STOP = EventMap.keys("duration", "monotonic_time"); STOP.with(duration, now)}.
 */
public final class EventMap extends AbstractMap<String, Object> {

    /** The keys of a kind of event map, in order; kept in a constant and used for every map of that kind. */
    public static final class Keys {

        private final String[] names;

        private Keys(String[] names) {
            this.names = names;
        }

        /**
         * A map of these keys to {@code values}, one each, in the keys' order; none may be null. The array is kept as
         * it is: pass the values, not an array changed later.
         */
        public Map<String, Object> with(Object... values) {
            if (values.length != names.length) {
                throw new IllegalArgumentException("expected " + names.length + " values for the keys "
                        + Arrays.toString(names) + ", got " + values.length + "; give one value per key");
            }
            for (int i = 0; i < values.length; i++) {
                Objects.requireNonNull(values[i], names[i]);
            }
            return new EventMap(names, values);
        }

        @Override
        public String toString() {
            return Arrays.toString(names);
        }
    }

    private final String[] names;
    private final Object[] values;

    private EventMap(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** The keys of a kind of event map; they must differ from each other. */
    public static Keys keys(String... names) {
        String[] copy = names.clone();
        if (new HashSet<>(Arrays.asList(copy)).size() != copy.length) {
            throw new IllegalArgumentException("event map keys must differ, got " + Arrays.toString(copy));
        }
        return new Keys(copy);
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    private int indexOf(@Nullable Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
