package io.phoenixspring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryPollerTests {

    private final Telemetry telemetry = new Telemetry();
    private final List<Object> seen = new ArrayList<>();

    @Test
    void aFailingMeasurementIsDroppedAndTheOthersGoOn() {
        telemetry.attach("test", List.of("app", "ok"), (e, m, meta, c) -> seen.add(m.get("value")), null);
        PeriodicMeasurement failing = t -> {
            throw new IllegalStateException("measurement failed on purpose");
        };
        PeriodicMeasurement ok = t -> t.execute(List.of("app", "ok"), Map.of("value", 1), Map.of());
        TelemetryPoller poller = new TelemetryPoller(telemetry, Duration.ofSeconds(10), List.of(failing, ok));

        poller.poll();
        poller.poll();

        assertThat(seen).containsExactly(1, 1);
        assertThat(poller.measurements()).containsExactly(ok);
    }

    @Test
    void withNothingToMeasureItDoesNotStart() {
        TelemetryPoller poller = new TelemetryPoller(telemetry, Duration.ofSeconds(10), List.of());
        poller.start();
        assertThat(poller.isRunning()).isFalse();
    }

    @Test
    void thePeriodMustBePositive() {
        assertThatThrownBy(() -> new TelemetryPoller(telemetry, Duration.ZERO, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phoenix.telemetry.poller.period");
    }
}
