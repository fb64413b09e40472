package io.phoenixspring.autoconfigure.telemetry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Phoenix's telemetry: the default metrics and the periodic-measurements poller. */
@ConfigurationProperties("phoenix.telemetry")
public class PhoenixTelemetryProperties {

    /**
     * Whether Phoenix's default metrics (endpoint, router dispatch, socket and channel durations, as a generated app's
     * Telemetry module declares them) are recorded in Micrometer.
     */
    private boolean defaultMetrics = true;

    private final Poller poller = new Poller();

    public boolean isDefaultMetrics() {
        return defaultMetrics;
    }

    public void setDefaultMetrics(boolean defaultMetrics) {
        this.defaultMetrics = defaultMetrics;
    }

    public Poller getPoller() {
        return poller;
    }

    /** The poller that takes the PeriodicMeasurement beans. */
    public static class Poller {

        /** Time between two polls of the PeriodicMeasurement beans. */
        private Duration period = Duration.ofSeconds(10);

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            this.period = period;
        }
    }
}
