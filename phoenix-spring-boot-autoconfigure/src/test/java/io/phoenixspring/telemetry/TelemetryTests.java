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
    void anEventLookedUpOnceFollowsLaterAttachesAndDetaches() {
        Telemetry.Event event = telemetry.event(new ArrayList<>(List.of("phoenix", "x")));
        assertThat(event.hasHandlers()).isFalse();
        event.execute(Map.of(), Map.of());

        telemetry.attach(
                "a", List.of("phoenix", "x"), (e, m, meta, config) -> seen.add(e + " " + m + " " + meta), null);
        assertThat(event.hasHandlers()).isTrue();
        event.execute(Map.of("duration", 5), Map.of("k", "v"));
        assertThat(seen).containsExactly("[phoenix, x] {duration=5} {k=v}");

        telemetry.detach("a");
        assertThat(event.hasHandlers()).isFalse();
        event.execute(Map.of("duration", 6), Map.of());
        assertThat(seen).hasSize(1);
        assertThat(event.name()).isEqualTo(List.of("phoenix", "x"));
    }

    @Test
    void aHandlerThatThrowsThroughAnEventIsDetachedToo() {
        Telemetry.Event event = telemetry.event(List.of("e"));
        telemetry.attach(
                "bad",
                List.of("e"),
                (e, m, meta, config) -> {
                    throw new IllegalStateException("boom");
                },
                null);
        event.execute(Map.of(), Map.of());
        assertThat(event.hasHandlers()).isFalse();
        assertThat(telemetry.listHandlers(List.of("e"))).isEmpty();
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

    private record Seen(List<String> event, Map<String, Object> measurements, Map<String, Object> metadata) {}

    private List<Seen> attachSpan(String prefix) {
        List<Seen> events = new ArrayList<>();
        telemetry.attachMany(
                "span",
                List.of(List.of(prefix, "start"), List.of(prefix, "stop"), List.of(prefix, "exception")),
                (event, m, meta, config) -> events.add(new Seen(event, m, meta)),
                null);
        return events;
    }

    @Test
    void aSpanEmitsStartAndStopWithTelemetrysMeasurements() {
        List<Seen> events = attachSpan("work");
        long before = System.currentTimeMillis();

        String result = telemetry.span(
                List.of("work"), Map.of("in", 1), () -> new Telemetry.SpanResult<>("done", Map.of("out", 2)));

        assertThat(result).isEqualTo("done");
        assertThat(events).extracting(Seen::event).containsExactly(List.of("work", "start"), List.of("work", "stop"));
        Seen start = events.get(0);
        Seen stop = events.get(1);
        assertThat(start.measurements()).containsOnlyKeys("monotonic_time", "system_time");
        assertThat((Long) start.measurements().get("system_time") / 1_000_000).isBetween(before, before + 60_000);
        assertThat(start.metadata()).containsEntry("in", 1).containsKey("telemetry_span_context");
        assertThat(stop.measurements()).containsOnlyKeys("duration", "monotonic_time");
        assertThat((Long) stop.measurements().get("duration")).isNotNegative();
        assertThat((Long) stop.measurements().get("monotonic_time"))
                .isEqualTo((Long) start.measurements().get("monotonic_time")
                        + (Long) stop.measurements().get("duration"));
        assertThat(stop.metadata()).containsEntry("out", 2).doesNotContainKey("in");
        assertThat(stop.metadata().get("telemetry_span_context"))
                .isSameAs(start.metadata().get("telemetry_span_context"));
    }

    @Test
    void aSpanWhoseWorkThrowsEmitsExceptionAndRethrows() {
        List<Seen> events = attachSpan("work");
        IllegalStateException failure = new IllegalStateException("broken");

        assertThatThrownBy(() -> telemetry.span(List.of("work"), Map.of("in", 1), () -> {
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(events)
                .extracting(Seen::event)
                .containsExactly(List.of("work", "start"), List.of("work", "exception"));
        Seen exception = events.get(1);
        assertThat(exception.measurements()).containsOnlyKeys("duration", "monotonic_time");
        assertThat(exception.metadata())
                .containsEntry("in", 1)
                .containsEntry("kind", "error")
                .containsEntry("reason", failure)
                .containsKeys("stacktrace", "telemetry_span_context");
    }

    @Test
    void aSpanWithNothingAttachedOnlyRunsTheWork() {
        assertThat(telemetry.span(List.of("quiet"), Map.of(), () -> new Telemetry.SpanResult<>(42, Map.of())))
                .isEqualTo(42);
    }

    @Test
    void observersSeeWorkStartAndEndInNestingOrder() {
        List<String> seen = new ArrayList<>();
        telemetry.addObserver((name, tags, details) -> {
            seen.add("start one " + name + " " + tags + " " + details);
            return error -> seen.add("end one " + (error == null ? "ok" : error.getMessage()));
        });
        telemetry.addObserver((name, tags, details) -> {
            seen.add("start two " + name);
            return error -> seen.add("end two");
        });
        assertThat(telemetry.isObserved()).isTrue();

        Telemetry.Scope scope = telemetry.observe("work", Map.of("k", "v"), Map.of("d", "x"));
        scope.end(new IllegalStateException("failed"));

        assertThat(seen).containsExactly("start one work {k=v} {d=x}", "start two work", "end two", "end one failed");
    }

    @Test
    void aFailingObserverNeverBreaksTheWorkNorTheOtherObservers() {
        List<String> seen = new ArrayList<>();
        telemetry.addObserver((name, tags, details) -> {
            throw new IllegalStateException("observer failed on purpose");
        });
        telemetry.addObserver((name, tags, details) -> error -> {
            throw new IllegalStateException("observer failed on purpose at the end");
        });
        telemetry.addObserver((name, tags, details) -> {
            seen.add("start");
            return error -> seen.add("end");
        });

        telemetry.observe("work", Map.of(), Map.of()).end(null);

        assertThat(seen).containsExactly("start", "end");
    }

    @Test
    void withoutObserversObservingCostsNothing() {
        assertThat(telemetry.isObserved()).isFalse();
        assertThat(telemetry.observe("work", Map.of(), Map.of())).isSameAs(Telemetry.Scope.NONE);
    }
}
