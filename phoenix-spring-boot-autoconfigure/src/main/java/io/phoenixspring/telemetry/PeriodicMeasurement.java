package io.phoenixspring.telemetry;

/**
 * A measurement the {@link TelemetryPoller} takes every period, as a {@code periodic_measurements} entry of Phoenix's
 * generated Telemetry module: it emits its own events, e.g.
 * {@code telemetry.execute(List.of("my_app", "queue"), Map.of("length", queue.size()), Map.of())}. Declare it as a
 * bean; one that throws is logged and taken out of the poll, as {@code :telemetry_poller} does.
 */
@FunctionalInterface
public interface PeriodicMeasurement {

    /** Takes the measurement and emits it to {@code telemetry}. */
    void measure(Telemetry telemetry);
}
