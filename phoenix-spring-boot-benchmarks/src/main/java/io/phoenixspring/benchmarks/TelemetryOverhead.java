package io.phoenixspring.benchmarks;

import io.phoenixspring.benchmarks.http.PhoenixHttpServer;
import io.phoenixspring.benchmarks.load.SideBySide;
import java.util.List;
import java.util.Map;

/**
 * The cost of Phoenix's default metrics on request throughput: the same {@code GET /api/hello} app in two JVMs, one
 * with the defaults (Phoenix's default metrics in Micrometer and its observations), one with
 * {@code phoenix.telemetry.default-metrics=false} and {@code management.observations.enable.phoenix=false}, loaded
 * in turn after a warm-up. Both keep Spring's own {@code http.server.requests}.
 *
 * <p>Usage: {@code TelemetryOverhead [rounds] [seconds per trial] [connections]} (defaults 3, 10, 16).
 */
public final class TelemetryOverhead {

    private TelemetryOverhead() {}

    public static void main(String[] args) throws Exception {
        SideBySide.Load load = SideBySide.Load.of("/api/hello", "application/json", args);
        Map<String, List<SideBySide.Trial>> trials = SideBySide.run(
                List.of(
                        new SideBySide.Peer("default metrics on", PhoenixHttpServer.class, List.of()),
                        new SideBySide.Peer(
                                "default metrics off",
                                PhoenixHttpServer.class,
                                List.of(
                                        "--phoenix.telemetry.default-metrics=false",
                                        "--management.observations.enable.phoenix=false"))),
                load,
                4801);
        System.out.println();
        System.out.println(load.describe());
        System.out.println(SideBySide.table(trials, "default metrics on"));
    }
}
