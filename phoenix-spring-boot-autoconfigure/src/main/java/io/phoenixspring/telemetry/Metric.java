package io.phoenixspring.telemetry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A metric over a telemetry event, as Telemetry.Metrics defines them: {@code Metric.summary(
 * "phoenix.router_dispatch.stop.duration").tags("route").unit(Unit.NATIVE, Unit.MILLISECOND)} records the
 * {@code duration} measurement of {@code phoenix.router_dispatch.stop}. The name's last part is the measurement, the
 * parts before it the event; a reporter (the Micrometer one, when Micrometer is present) records it. Declare metrics
 * as beans, or as a {@link MetricSet} bean.
 *
 * @param type what is recorded
 * @param name the metric's name, {@code event.measurement}
 * @param event the event it records
 * @param measurement the measurement it records
 * @param tags the metadata keys (or {@code tagValues} keys) that tag each recording
 * @param tagValues derives tag values from the event's metadata (by default the metadata itself)
 * @param from the unit the measurement comes in
 * @param to the unit it is recorded in
 * @param keep which events are recorded (by their metadata)
 * @param description what the metric means, or null
 * @param reporterOptions reporter-specific options: {@code buckets} (a list of numbers, for distributions) and
 *     {@code percentiles} (a list of numbers between 0 and 1, for summaries and distributions)
 */
public record Metric(
        Type type,
        String name,
        List<String> event,
        String measurement,
        List<String> tags,
        Function<Map<String, Object>, Map<String, Object>> tagValues,
        Unit from,
        Unit to,
        Predicate<Map<String, Object>> keep,
        @Nullable String description,
        Map<String, Object> reporterOptions) {

    /** The metric types of Telemetry.Metrics. */
    public enum Type {
        /** Counts the events. */
        COUNTER,
        /** Adds up the measurement. */
        SUM,
        /** Keeps the latest measurement. */
        LAST_VALUE,
        /** Statistics of the measurement (count, total, max, percentiles). */
        SUMMARY,
        /** A histogram of the measurement over buckets. */
        DISTRIBUTION
    }

    /** Units a measurement is converted between: times (native is nanoseconds on the JVM) and sizes. */
    public enum Unit {
        NATIVE(1, "nanoseconds"),
        NANOSECOND(1, "nanoseconds"),
        MICROSECOND(1_000, "microseconds"),
        MILLISECOND(1_000_000, "milliseconds"),
        SECOND(1_000_000_000, "seconds"),
        BYTE(1, "bytes"),
        KILOBYTE(1_024, "kilobytes"),
        MEGABYTE(1_024 * 1_024, "megabytes"),
        UNIT(1, null);

        private final double scale;
        private final @Nullable String baseUnit;

        Unit(double scale, @Nullable String baseUnit) {
            this.scale = scale;
            this.baseUnit = baseUnit;
        }

        /** The name reporters give the unit ({@code milliseconds}), or null for a plain number. */
        public @Nullable String baseUnit() {
            return baseUnit;
        }

        boolean isTime() {
            return ordinal() <= SECOND.ordinal();
        }
    }

    public Metric {
        event = List.copyOf(event);
        tags = List.copyOf(tags);
        reporterOptions = Map.copyOf(reporterOptions);
        if (from.isTime() != to.isTime() && from != Unit.UNIT && to != Unit.UNIT) {
            throw new IllegalArgumentException("metric " + name + " converts " + from + " to " + to
                    + ", a time to a size or back; convert times to times and sizes to sizes");
        }
    }

    /** Counts the events of {@code name}'s event. */
    public static Metric counter(String name) {
        return of(Type.COUNTER, name);
    }

    /** Adds up the measurement. */
    public static Metric sum(String name) {
        return of(Type.SUM, name);
    }

    /** Keeps the latest measurement. */
    public static Metric lastValue(String name) {
        return of(Type.LAST_VALUE, name);
    }

    /** Statistics of the measurement. */
    public static Metric summary(String name) {
        return of(Type.SUMMARY, name);
    }

    /** A histogram of the measurement; give the buckets with {@code reporterOptions(Map.of("buckets", ...))}. */
    public static Metric distribution(String name) {
        return of(Type.DISTRIBUTION, name);
    }

    private static Metric of(Type type, String name) {
        List<String> parts = Arrays.asList(name.split("\\."));
        if (parts.size() < 2 || parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("metric name \"" + name + "\" must be the event and the measurement"
                    + " joined by dots, e.g. \"phoenix.endpoint.stop.duration\"");
        }
        return new Metric(
                type,
                name,
                parts.subList(0, parts.size() - 1),
                parts.get(parts.size() - 1),
                List.of(),
                metadata -> metadata,
                Unit.UNIT,
                Unit.UNIT,
                metadata -> true,
                null,
                Map.of());
    }

    /**
     * Records {@code event} instead of the event the name gives, as Telemetry.Metrics' {@code event_name:}:
     * {@code Metric.counter("phoenix.requests.count").eventName("phoenix", "endpoint", "stop")}.
     */
    public Metric eventName(String... event) {
        return copy(m -> m.event = List.of(event));
    }

    /** Records {@code measurement} instead of the name's last part, as Telemetry.Metrics' {@code measurement:}. */
    public Metric measurement(String measurement) {
        return copy(m -> m.measurement = measurement);
    }

    /** Tags each recording with these metadata (or {@code tagValues}) keys. */
    public Metric tags(String... tags) {
        return copy(m -> m.tags = List.of(tags));
    }

    /** Derives the tag values from the metadata: {@code meta -> Map.of("route", meta.get("route"))}. */
    public Metric tagValues(Function<Map<String, Object>, Map<String, Object>> tagValues) {
        return copy(m -> m.tagValues = tagValues);
    }

    /** Converts the measurement from {@code from} to {@code to}, as {@code unit: {:native, :millisecond}}. */
    public Metric unit(Unit from, Unit to) {
        return copy(m -> {
            m.from = from;
            m.to = to;
        });
    }

    /** Records only the events whose metadata passes {@code keep}. */
    public Metric keep(Predicate<Map<String, Object>> keep) {
        return copy(m -> m.keep = keep);
    }

    /** Records only the events whose metadata does not pass {@code drop}. */
    public Metric drop(Predicate<Map<String, Object>> drop) {
        return keep(drop.negate());
    }

    /** Describes the metric. */
    public Metric description(String description) {
        return copy(m -> m.description = description);
    }

    /** Reporter options: {@code buckets}, {@code percentiles}. */
    public Metric reporterOptions(Map<String, Object> reporterOptions) {
        return copy(m -> m.reporterOptions = reporterOptions);
    }

    /** The measurement converted to the metric's unit, or null when the event has no such number. */
    public @Nullable Double value(Map<String, Object> measurements) {
        if (!(measurements.get(measurement) instanceof Number number)) {
            return null;
        }
        return number.doubleValue() * from.scale / to.scale;
    }

    /** The tag values of an event, in the order of {@link #tags()}; a missing value is {@code "nil"}. */
    public List<String> tagValuesOf(Map<String, Object> metadata) {
        if (tags.isEmpty()) {
            return List.of();
        }
        Map<String, Object> values = tagValues.apply(metadata);
        String[] found = new String[tags.size()];
        for (int i = 0; i < found.length; i++) {
            Object value = values.get(tags.get(i));
            found[i] = value == null ? "nil" : String.valueOf(value);
        }
        return List.of(found);
    }

    /** This metric with {@code change} made to a mutable copy of its components. */
    private Metric copy(Consumer<Fields> change) {
        Fields m = new Fields(this);
        change.accept(m);
        return new Metric(
                m.type,
                m.name,
                m.event,
                m.measurement,
                m.tags,
                m.tagValues,
                m.from,
                m.to,
                m.keep,
                m.description,
                m.reporterOptions);
    }

    /** The components, as fields a wither may change. */
    private static final class Fields {
        Type type;
        String name;
        List<String> event;
        String measurement;
        List<String> tags;
        Function<Map<String, Object>, Map<String, Object>> tagValues;
        Unit from;
        Unit to;
        Predicate<Map<String, Object>> keep;

        @Nullable
        String description;

        Map<String, Object> reporterOptions;

        Fields(Metric metric) {
            type = metric.type;
            name = metric.name;
            event = metric.event;
            measurement = metric.measurement;
            tags = metric.tags;
            tagValues = metric.tagValues;
            from = metric.from;
            to = metric.to;
            keep = metric.keep;
            description = metric.description;
            reporterOptions = metric.reporterOptions;
        }
    }
}
