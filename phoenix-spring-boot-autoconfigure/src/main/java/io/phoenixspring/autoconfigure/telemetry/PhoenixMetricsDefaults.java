package io.phoenixspring.autoconfigure.telemetry;

import io.phoenixspring.telemetry.Metric;
import io.phoenixspring.telemetry.Metric.Unit;
import java.util.List;

/** The metrics a generated Phoenix app's Telemetry module declares, durations in milliseconds. */
final class PhoenixMetricsDefaults {

    private PhoenixMetricsDefaults() {}

    static List<Metric> metrics() {
        return List.of(
                Metric.summary("phoenix.endpoint.stop.duration").unit(Unit.NATIVE, Unit.MILLISECOND),
                Metric.summary("phoenix.router_dispatch.stop.duration")
                        .tags("route")
                        .unit(Unit.NATIVE, Unit.MILLISECOND),
                Metric.summary("phoenix.router_dispatch.exception.duration")
                        .tags("route")
                        .unit(Unit.NATIVE, Unit.MILLISECOND),
                Metric.summary("phoenix.socket_connected.duration").unit(Unit.NATIVE, Unit.MILLISECOND),
                Metric.summary("phoenix.channel_joined.duration").unit(Unit.NATIVE, Unit.MILLISECOND),
                Metric.summary("phoenix.channel_handled_in.duration")
                        .tags("event")
                        .unit(Unit.NATIVE, Unit.MILLISECOND));
    }
}
