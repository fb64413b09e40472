package io.phoenixspring.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs HTTP peers side by side: each in its own JVM with the same flags, all started at once and loaded in turn
 * (A/B/C, A/B/C, ...) from this process after a warm-up each, so that a noisy machine weighs on every peer alike.
 * Each trial counts requests per second and, from the peer's {@code GET /bench/allocated}, bytes allocated per
 * request.
 */
public final class SideBySide {

    /**
     * A server under test.
     *
     * @param name what the table calls it
     * @param main its Spring Boot main class
     * @param args its extra arguments
     */
    public record Peer(String name, Class<?> main, List<String> args) {}

    /**
     * One trial of one peer.
     *
     * @param perSecond requests per second
     * @param bytesPerRequest bytes the server allocated per request
     */
    public record Trial(double perSecond, double bytesPerRequest) {}

    /**
     * How to load.
     *
     * @param path what every request gets
     * @param accept the {@code accept} header every request sends
     * @param rounds how many times each peer is loaded after its warm-up
     * @param trial how long each load lasts (the warm-up too)
     * @param connections keep-alive connections, each in a closed loop
     */
    public record Load(String path, String accept, int rounds, Duration trial, int connections) {

        /** {@code path} and {@code accept} with {@code [rounds] [seconds per trial] [connections]} (3, 10, 16). */
        public static Load of(String path, String accept, String[] args) {
            return new Load(
                    path,
                    accept,
                    args.length > 0 ? Integer.parseInt(args[0]) : 3,
                    Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10),
                    args.length > 2 ? Integer.parseInt(args[2]) : 16);
        }

        /** What was loaded, for the table's heading. */
        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "GET %s (%s), %d keep-alive connections, %d rounds of %ds after a %ds warm-up each",
                    path,
                    accept,
                    connections,
                    rounds,
                    trial.toSeconds(),
                    trial.toSeconds());
        }
    }

    private static final Pattern BYTES = Pattern.compile("\"bytes\"\\s*:\\s*(\\d+)");

    private SideBySide() {}

    /** Starts the peers on ports from {@code firstPort}, loads them in turn, stops them; the trials by peer name. */
    public static Map<String, List<Trial>> run(List<Peer> peers, Load load, int firstPort) throws Exception {
        List<ServerProcess> servers = new ArrayList<>();
        try {
            for (int i = 0; i < peers.size(); i++) {
                Peer peer = peers.get(i);
                servers.add(ServerProcess.start(peer.name(), peer.main(), firstPort + i, load.path(), peer.args()));
            }
            for (ServerProcess server : servers) {
                trial(server, load);
            }
            Map<String, List<Trial>> trials = new LinkedHashMap<>();
            for (int round = 1; round <= load.rounds(); round++) {
                for (ServerProcess server : servers) {
                    Trial trial = trial(server, load);
                    trials.computeIfAbsent(server.name(), k -> new ArrayList<>())
                            .add(trial);
                    System.out.printf(
                            Locale.ROOT,
                            "round %d %-24s %,10.0f req/s %,8.0f B/req%n",
                            round,
                            server.name(),
                            trial.perSecond(),
                            trial.bytesPerRequest());
                }
            }
            return trials;
        } finally {
            servers.forEach(ServerProcess::close);
        }
    }

    private static Trial trial(ServerProcess server, Load load) throws Exception {
        long before = allocated(server.port());
        HttpLoad.Result result =
                HttpLoad.run(server.port(), load.path(), load.accept(), load.connections(), load.trial());
        long after = allocated(server.port());
        if (result.errors() > 0) {
            throw new IllegalStateException(server.name() + " failed " + result.errors()
                    + " requests; see its log under " + System.getProperty("java.io.tmpdir"));
        }
        return new Trial(result.perSecond(), (after - before) / (double) Math.max(1, result.requests()));
    }

    private static long allocated(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/bench/allocated"))
                                .header("accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher bytes = BYTES.matcher(response.body());
        if (response.statusCode() != 200 || !bytes.find()) {
            throw new IOException("expected {\"bytes\": n} from /bench/allocated on port " + port + ", got "
                    + response.statusCode() + " " + response.body());
        }
        return Long.parseLong(bytes.group(1));
    }

    /**
     * A markdown table: each peer's requests per second and bytes per request, median (min–max), and
     * {@code reference}'s throughput divided by the peer's, per round (above 1: the reference is faster).
     */
    public static String table(Map<String, List<Trial>> trials, String reference) {
        List<Trial> base = trials.get(reference);
        StringBuilder table =
                new StringBuilder("| peer | requests/s median (min–max) | bytes/request median (min–max) | " + reference
                        + " ÷ peer, per round, median (min–max) |\n|---|---|---|---|\n");
        trials.forEach((name, list) -> {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ratios.add(base.get(i).perSecond() / list.get(i).perSecond());
            }
            table.append("| ")
                    .append(name)
                    .append(" | ")
                    .append(new Figures(list.stream().map(Trial::perSecond).toList()).format(0))
                    .append(" | ")
                    .append(new Figures(
                                    list.stream().map(Trial::bytesPerRequest).toList())
                            .format(0))
                    .append(" | ")
                    .append(new Figures(ratios).format(3))
                    .append(" |\n");
        });
        return table.toString();
    }
}
