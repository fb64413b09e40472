package io.phoenixspring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryTests {

    private final Telemetry telemetry = new Telemetry();
    private final List<String> seen = new ArrayList<>();

    @Test
    void handlersGetTheEventsTheyAreAttachedToWithTheirConfig() {
        telemetry.attach(
                "a",
                List.of("phoenix", "x"),
                (event, m, meta, config) -> seen.add(event + " " + m + " " + config),
                "cfg");
        telemetry.execute(List.of("phoenix", "x"), Map.of("duration", 5), Map.of());
        telemetry.execute(List.of("phoenix", "y"), Map.of("duration", 6), Map.of());
        assertThat(seen).containsExactly("[phoenix, x] {duration=5} cfg");
        assertThat(telemetry.hasHandlers(List.of("phoenix", "x"))).isTrue();
        assertThat(telemetry.hasHandlers(List.of("phoenix", "y"))).isFalse();
    }

    @Test
    void aHandlerThatThrowsIsDetachedAndTheOthersStillRun() {
        telemetry.attach(
                "bad",
                List.of("e"),
                (event, m, meta, config) -> {
                    throw new IllegalStateException("boom");
                },
                null);
        telemetry.attach("good", List.of("e"), (event, m, meta, config) -> seen.add("good"), null);
        telemetry.execute(List.of("e"), Map.of(), Map.of());
        telemetry.execute(List.of("e"), Map.of(), Map.of());
        assertThat(seen).containsExactly("good", "good");
        assertThat(telemetry.listHandlers(List.of("e")))
                .extracting(Telemetry.Attachment::id)
                .containsExactly("good");
    }

    @Test
    void idsAreUniqueAndDetachRemoves() {
        telemetry.attachMany(
                "a", List.of(List.of("e", "1"), List.of("e", "2")), (e, m, meta, c) -> seen.add("a"), null);
        assertThatThrownBy(() -> telemetry.attach("a", List.of("e"), (e, m, meta, c) -> {}, null))
                .hasMessageContaining("\"a\" is attached already");
        assertThat(telemetry.listHandlers(List.of("e"))).hasSize(1);
        assertThat(telemetry.detach("a")).isTrue();
        assertThat(telemetry.detach("a")).isFalse();
        telemetry.execute(List.of("e", "1"), Map.of(), Map.of());
        assertThat(seen).isEmpty();
    }
}
