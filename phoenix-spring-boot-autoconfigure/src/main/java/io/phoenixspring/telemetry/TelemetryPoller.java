package io.phoenixspring.telemetry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes {@link PeriodicMeasurement}s every period on one daemon thread, as {@code :telemetry_poller} (Phoenix's
 * generated apps poll every 10 seconds). A measurement that throws is logged and no longer taken; the others go on.
 */
public final class TelemetryPoller {

    private static final Logger LOG = LoggerFactory.getLogger(TelemetryPoller.class);

    private final Telemetry telemetry;
    private final Duration period;
    private final List<PeriodicMeasurement> measurements;
    private @Nullable ScheduledExecutorService timer;

    /**
     * @throws IllegalArgumentException when {@code period} is not positive
     */
    public TelemetryPoller(Telemetry telemetry, Duration period, List<PeriodicMeasurement> measurements) {
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("the telemetry poller's period must be positive, got " + period
                    + "; set phoenix.telemetry.poller.period to e.g. 10s");
        }
        this.telemetry = telemetry;
        this.period = period;
        this.measurements = new ArrayList<>(measurements);
    }

    /** The measurements still taken. */
    public synchronized List<PeriodicMeasurement> measurements() {
        return List.copyOf(measurements);
    }

    /** The time between two polls. */
    public Duration period() {
        return period;
    }

    /** Takes every measurement once, now, on the calling thread. */
    public synchronized void poll() {
        for (PeriodicMeasurement measurement : List.copyOf(measurements)) {
            try {
                measurement.measure(telemetry);
            } catch (RuntimeException e) {
                LOG.error("the periodic measurement {} failed and will no longer be taken", measurement, e);
                measurements.remove(measurement);
            }
        }
    }

    /** Polls every period from now on, the first time at once; does nothing when there is nothing to measure. */
    public synchronized void start() {
        if (timer != null || measurements.isEmpty()) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "phoenix-telemetry-poller");
            thread.setDaemon(true);
            return thread;
        });
        long nanos = period.toNanos();
        started.scheduleAtFixedRate(this::poll, 0, nanos, TimeUnit.NANOSECONDS);
        timer = started;
    }

    /** Stops polling. */
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** Whether it polls. */
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
