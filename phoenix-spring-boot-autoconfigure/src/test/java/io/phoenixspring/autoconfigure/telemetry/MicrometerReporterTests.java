package io.phoenixspring.autoconfigure.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.phoenixspring.telemetry.Metric;
import io.phoenixspring.telemetry.Metric.Unit;
import io.phoenixspring.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MicrometerReporterTests {

    private static final List<String> STOP = List.of("phoenix", "router_dispatch", "stop");

    private final Telemetry telemetry = new Telemetry();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private void report(Metric... metrics) {
        new MicrometerReporter(telemetry, List.of(metrics)).bindTo(registry);
    }

    private void dispatched(String route, long nanos, String method) {
        telemetry.execute(STOP, Map.of("duration", nanos), Map.of("route", route, "method", method));
    }

    @Test
    void namesSplitIntoTheEventAndTheMeasurement() {
        Metric metric = Metric.summary("phoenix.router_dispatch.stop.duration");
        assertThat(metric.event()).isEqualTo(STOP);
        assertThat(metric.measurement()).isEqualTo("duration");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metric.counter("duration"))
                .withMessageContaining("e.g. \"phoenix.endpoint.stop.duration\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metric.sum("a.b").unit(Unit.NATIVE, Unit.KILOBYTE))
                .withMessageContaining("a time to a size");
    }

    @Test
    void summariesAreTaggedByTheRoutePatternAndConvertedToMilliseconds() {
        report(Metric.summary("phoenix.router_dispatch.stop.duration")
                .tags("route")
                .unit(Unit.NATIVE, Unit.MILLISECOND)
                .description("time to dispatch"));

        dispatched("/users/:id", 4_000_000, "GET");
        dispatched("/users/:id", 2_000_000, "GET");
        dispatched("/", 1_000_000, "GET");

        DistributionSummary users = registry.get("phoenix.router_dispatch.stop.duration")
                .tag("route", "/users/:id")
                .summary();
        assertThat(users.count()).isEqualTo(2);
        assertThat(users.totalAmount()).isEqualTo(6.0);
        assertThat(users.max()).isEqualTo(4.0);
        assertThat(users.getId().getBaseUnit()).isEqualTo("milliseconds");
        assertThat(users.getId().getDescription()).isEqualTo("time to dispatch");
        assertThat(registry.get("phoenix.router_dispatch.stop.duration")
                        .tag("route", "/")
                        .summary()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void countersSumsAndLastValuesWithTheirOwnNames() {
        report(
                Metric.counter("phoenix.requests.count")
                        .eventName("phoenix", "router_dispatch", "stop")
                        .tags("method"),
                Metric.sum("phoenix.requests.time")
                        .eventName("phoenix", "router_dispatch", "stop")
                        .measurement("duration")
                        .unit(Unit.NATIVE, Unit.MICROSECOND),
                Metric.lastValue("phoenix.router_dispatch.stop.duration"));

        dispatched("/", 3_000, "GET");
        dispatched("/", 5_000, "POST");
        dispatched("/", 7_000, "GET");

        assertThat(registry.get("phoenix.requests.count")
                        .tag("method", "GET")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get("phoenix.requests.time").counter().count()).isEqualTo(15.0);
        assertThat(registry.get("phoenix.router_dispatch.stop.duration").gauge().value())
                .isEqualTo(7_000.0);
    }

    @Test
    void keepDropTagValuesAndDistributionBuckets() {
        report(Metric.distribution("phoenix.router_dispatch.stop.duration")
                .tags("verb")
                .tagValues(meta ->
                        Map.of("verb", String.valueOf(meta.get("method")).toLowerCase()))
                .drop(meta -> "/health".equals(meta.get("route")))
                .reporterOptions(Map.of("buckets", List.of(10, 100), "percentiles", List.of(0.5))));

        dispatched("/health", 50, "GET");
        dispatched("/", 50, "GET");
        dispatched("/", 500, "GET");

        DistributionSummary summary = registry.get("phoenix.router_dispatch.stop.duration")
                .tag("verb", "get")
                .summary();
        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.takeSnapshot().histogramCounts())
                .extracting(b -> b.bucket() + "=" + (long) b.count())
                .containsExactly("10.0=0", "100.0=1");
    }

    @Test
    void aMissingTagIsNilAndAMissingMeasurementIsNotRecorded() {
        report(Metric.summary("phoenix.router_dispatch.stop.duration").tags("controller"));

        telemetry.execute(STOP, Map.of("other", 1), Map.of());
        dispatched("/", 9, "GET");

        assertThat(registry.get("phoenix.router_dispatch.stop.duration")
                        .tag("controller", "nil")
                        .summary()
                        .count())
                .isEqualTo(1);
    }
}
