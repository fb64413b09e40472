package io.phoenixspring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventMapTests {

    private static final EventMap.Keys KEYS = EventMap.keys("duration", "monotonic_time");

    @Test
    void readsAsAMapOfItsKeysInOrder() {
        Map<String, Object> map = KEYS.with(5L, 7L);
        assertThat(map).containsExactly(Map.entry("duration", 5L), Map.entry("monotonic_time", 7L));
        assertThat(map.get("duration")).isEqualTo(5L);
        assertThat(map.get(new String("monotonic_time"))).isEqualTo(7L);
        assertThat(map.get("missing")).isNull();
        assertThat(map.get(null)).isNull();
        assertThat(map.containsKey("duration")).isTrue();
        assertThat(map.containsKey("other")).isFalse();
        assertThat(map).hasSize(2).hasToString("{duration=5, monotonic_time=7}");
    }

    @Test
    void equalsAnyMapWithTheSameEntries() {
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("monotonic_time", 7L);
        other.put("duration", 5L);
        assertThat(KEYS.with(5L, 7L)).isEqualTo(other).isEqualTo(Map.of("duration", 5L, "monotonic_time", 7L));
        assertThat(KEYS.with(5L, 7L).hashCode()).isEqualTo(other.hashCode());
        assertThat(KEYS.with(5L, 8L)).isNotEqualTo(other);
    }

    @Test
    void cannotBeChanged() {
        Map<String, Object> map = KEYS.with(5L, 7L);
        assertThatThrownBy(() -> map.put("duration", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("duration")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(1L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesTheWrongNumberOfValuesNullValuesAndRepeatedKeys() {
        assertThatThrownBy(() -> KEYS.with(5L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 2 values for the keys [duration, monotonic_time], got 1; give one value per key");
        assertThatThrownBy(() -> KEYS.with(5L, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("monotonic_time");
        assertThatThrownBy(() -> EventMap.keys("a", "b", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event map keys must differ, got [a, b, a]");
        assertThat(List.copyOf(KEYS.with(1L, 2L).keySet())).containsExactly("duration", "monotonic_time");
    }
}
