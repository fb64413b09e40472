package io.phoenixspring.telemetry;

import java.util.List;

/** Metrics declared together, as the {@code metrics/0} function of a Phoenix app's Telemetry module. */
@FunctionalInterface
public interface MetricSet {

    List<Metric> metrics();
}
