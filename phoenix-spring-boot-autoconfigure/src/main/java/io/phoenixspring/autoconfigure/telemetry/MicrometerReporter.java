package io.phoenixspring.autoconfigure.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.phoenixspring.telemetry.Metric;
import io.phoenixspring.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records {@link Metric}s in a Micrometer registry, as a Telemetry.Metrics reporter: bound to a registry, it attaches
 * one telemetry handler per metric. Counters count events, sums are counters of the measurement, last values are
 * gauges, summaries and distributions are distribution summaries (distributions with their {@code buckets} as
 * service-level objectives); {@code percentiles} are published for both. Meters are looked up once per tag set.
 */
public final class MicrometerReporter implements MeterBinder {

    private final Telemetry telemetry;
    private final List<Metric> metrics;

    public MicrometerReporter(Telemetry telemetry, List<Metric> metrics) {
        this.telemetry = telemetry;
        this.metrics = List.copyOf(metrics);
    }

    /** The metrics it records. */
    public List<Metric> metrics() {
        return metrics;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String prefix = "phoenix.micrometer." + Integer.toHexString(System.identityHashCode(registry)) + ".";
        for (int i = 0; i < metrics.size(); i++) {
            Metric metric = metrics.get(i);
            Recorder recorder = new Recorder(metric, registry);
            telemetry.attach(
                    prefix + i + "." + metric.name(),
                    metric.event(),
                    (event, measurements, metadata, config) -> recorder.record(measurements, metadata),
                    null);
        }
    }

    /** Records one metric in one registry. */
    private static final class Recorder {

        private final Metric metric;
        private final MeterRegistry registry;
        private final Map<List<String>, Object> meters = new ConcurrentHashMap<>();

        Recorder(Metric metric, MeterRegistry registry) {
            this.metric = metric;
            this.registry = registry;
        }

        void record(Map<String, Object> measurements, Map<String, Object> metadata) {
            if (!metric.keep().test(metadata)) {
                return;
            }
            List<String> tagValues = metric.tagValuesOf(metadata);
            if (metric.type() == Metric.Type.COUNTER) {
                ((Counter) meters.computeIfAbsent(tagValues, this::counter)).increment();
                return;
            }
            Double value = metric.value(measurements);
            if (value == null) {
                return;
            }
            switch (metric.type()) {
                case SUM -> ((Counter) meters.computeIfAbsent(tagValues, this::counter)).increment(value);
                case LAST_VALUE ->
                    ((AtomicLong) meters.computeIfAbsent(tagValues, this::gauge)).set(Double.doubleToLongBits(value));
                default -> ((DistributionSummary) meters.computeIfAbsent(tagValues, this::summary)).record(value);
            }
        }

        private List<Tag> tags(List<String> values) {
            List<Tag> tags = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                tags.add(Tag.of(metric.tags().get(i), values.get(i)));
            }
            return tags;
        }

        private Object counter(List<String> values) {
            return Counter.builder(metric.name())
                    .tags(tags(values))
                    .description(metric.description())
                    .baseUnit(metric.to().baseUnit())
                    .register(registry);
        }

        private Object gauge(List<String> values) {
            AtomicLong bits = new AtomicLong(Double.doubleToLongBits(Double.NaN));
            Gauge.builder(metric.name(), bits, b -> Double.longBitsToDouble(b.get()))
                    .tags(tags(values))
                    .description(metric.description())
                    .baseUnit(metric.to().baseUnit())
                    .register(registry);
            return bits;
        }

        private Object summary(List<String> values) {
            DistributionSummary.Builder builder = DistributionSummary.builder(metric.name())
                    .tags(tags(values))
                    .description(metric.description())
                    .baseUnit(metric.to().baseUnit());
            double[] percentiles = numbers(metric.reporterOptions().get("percentiles"));
            if (percentiles.length > 0) {
                builder.publishPercentiles(percentiles);
            }
            double[] buckets = numbers(metric.reporterOptions().get("buckets"));
            if (metric.type() == Metric.Type.DISTRIBUTION && buckets.length > 0) {
                builder.serviceLevelObjectives(buckets);
            }
            return builder.register(registry);
        }

        private static double[] numbers(Object option) {
            if (!(option instanceof List<?> list)) {
                return new double[0];
            }
            return list.stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray();
        }
    }
}
