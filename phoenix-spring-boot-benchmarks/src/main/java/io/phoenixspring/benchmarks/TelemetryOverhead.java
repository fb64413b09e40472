package io.phoenixspring.benchmarks;

import io.phoenixspring.benchmarks.http.PhoenixHttpServer;
import io.phoenixspring.benchmarks.load.Figures;
import io.phoenixspring.benchmarks.load.HttpLoad;
import io.phoenixspring.benchmarks.load.ServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cost of Phoenix's default metrics on request throughput: the same {@code GET /api/hello} app in two JVMs, one
 * with the defaults (Phoenix's default metrics in Micrometer, the router's observation), one with
 * {@code phoenix.telemetry.default-metrics=false} and Phoenix's observations off, loaded in turn A/B/A/B after a
 * warm-up, from this process. Prints requests per second of each and the ratio.
 *
 * <p>Usage: {@code TelemetryOverhead [pairs] [seconds per trial] [connections]} (defaults 3, 10, 16). The system
 * properties {@code bench.on} and {@code bench.off} replace the two servers' extra arguments, to compare other
 * configurations the same way.
 */
public final class TelemetryOverhead {

    private TelemetryOverhead() {}

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Duration trial = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        String path = "/api/hello";
        List<String> onArgs = arguments("bench.on", "");
        List<String> offArgs = arguments(
                "bench.off",
                "--phoenix.telemetry.default-metrics=false --management.observations.enable.phoenix=false");
        try (ServerProcess on = ServerProcess.start("metrics-on", PhoenixHttpServer.class, 4801, path, onArgs);
                ServerProcess off = ServerProcess.start("metrics-off", PhoenixHttpServer.class, 4802, path, offArgs)) {
            for (ServerProcess server : List.of(on, off)) {
                HttpLoad.run(server.port(), path, connections, trial);
            }
            List<Double> withMetrics = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int pair = 0; pair < pairs; pair++) {
                HttpLoad.Result a = HttpLoad.run(on.port(), path, connections, trial);
                HttpLoad.Result b = HttpLoad.run(off.port(), path, connections, trial);
                check(a);
                check(b);
                withMetrics.add(a.perSecond());
                without.add(b.perSecond());
                ratios.add(a.perSecond() / b.perSecond());
                System.out.printf(
                        Locale.ROOT,
                        "pair %d: on %,.0f req/s, off %,.0f req/s%n",
                        pair + 1,
                        a.perSecond(),
                        b.perSecond());
            }
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "GET %s, %d connections, %d pairs of %ds trials after a %ds warm-up each%n",
                    path,
                    connections,
                    pairs,
                    trial.toSeconds(),
                    trial.toSeconds());
            System.out.println("| | requests/s median (min–max) |");
            System.out.println("|---|---|");
            System.out.println("| default metrics on | " + new Figures(withMetrics).format(0) + " |");
            System.out.println("| default metrics off | " + new Figures(without).format(0) + " |");
            System.out.println("| ratio on/off, per pair | " + new Figures(ratios).format(3) + " |");
        }
    }

    /** The server arguments in system property {@code name}, space-separated, or {@code defaults}. */
    private static List<String> arguments(String name, String defaults) {
        String value = System.getProperty(name, defaults).trim();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    private static void check(HttpLoad.Result result) {
        if (result.errors() > 0) {
            throw new IllegalStateException(result.errors() + " failed requests; see the server logs under "
                    + System.getProperty("java.io.tmpdir"));
        }
    }
}
