package io.phoenixspring.benchmarks;

import io.phoenixspring.benchmarks.load.ClientProcess;
import io.phoenixspring.benchmarks.load.MarkdownTable;
import io.phoenixspring.benchmarks.load.Pairs;
import io.phoenixspring.benchmarks.load.RestartableServer;
import io.phoenixspring.benchmarks.stomp.StompServer;
import io.phoenixspring.benchmarks.ws.FloorServer;
import io.phoenixspring.benchmarks.ws.WsLoadClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phoenix channels against Spring's STOMP (simple broker) over raw WebSocket, and against a raw NIO floor: the
 * {@link FanoutServer}, the {@link StompServer} and the {@link FloorServer} in three JVMs with the same flags, loaded by
 * a {@link WsLoadClient} in a fourth JVM per trial. Every figure is measured in pairs, Phoenix then its peer (each
 * pair on restarted servers, the idle heap first, then a warm-up, then the rest), and reported as medians with the ratio of each pair: idle heap per joined connection, broadcast fan-out to
 * the last receipt (and encodings per broadcast), closed-loop push/reply round trips, and connections held with
 * heartbeats.
 *
 * <p>Usage: {@code ChannelsVsStomp [quick|full] [pairs] [capacity pairs]} (defaults full, 3 and as many capacity pairs
 * as pairs); {@code quick} runs small sizes, to check the harness. Each capacity pair holds the connections for the
 * whole hold on each server (10 minutes at full size), so a full run with one capacity pair takes about an hour.
 */
public final class ChannelsVsStomp {

    private static final int PHOENIX_PORT = 4811;
    private static final int STOMP_PORT = 4812;
    private static final int FLOOR_PORT = 4813;
    private static final int PRIMING_CONNECTIONS = 100;

    private final Sizes sizes;
    private final RestartableServer phoenix;
    private final RestartableServer stomp;
    private final RestartableServer floor;
    private final Pairs idle = new Pairs();
    private final Map<Integer, Pairs> fanout = new LinkedHashMap<>();
    private final Map<Integer, Pairs> fanoutFloor = new LinkedHashMap<>();
    private final Map<Integer, Pairs> encodes = new LinkedHashMap<>();
    private final Pairs roundTrips = new Pairs();
    private final Pairs closes = new Pairs();
    private final Pairs missing = new Pairs();
    private final Pairs capacityOpen = new Pairs();

    private ChannelsVsStomp(Sizes sizes, RestartableServer phoenix, RestartableServer stomp, RestartableServer floor) {
        this.sizes = sizes;
        this.phoenix = phoenix;
        this.stomp = stomp;
        this.floor = floor;
    }

    public static void main(String[] args) throws Exception {
        Sizes sizes = args.length > 0 && args[0].equals("quick") ? Sizes.quick() : Sizes.full();
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int capacityPairs = args.length > 2 ? Integer.parseInt(args[2]) : pairs;
        List<String> common = List.of("--server.tomcat.max-connections=20000", "--server.tomcat.accept-count=1000");
        List<String> phoenixArgs = new ArrayList<>(common);
        phoenixArgs.add("--phoenix.endpoint.log-requests=false");
        List<String> stompArgs = new ArrayList<>(common);
        stompArgs.add("--bench.stomp.heartbeat-ms=" + sizes.heartbeat().toMillis());
        try (RestartableServer phoenix = RestartableServer.start(
                        "phoenix", FanoutServer.class, PHOENIX_PORT, "/bench/stats", phoenixArgs);
                RestartableServer stomp =
                        RestartableServer.start("stomp", StompServer.class, STOMP_PORT, "/bench/stats", stompArgs);
                RestartableServer floor =
                        RestartableServer.start("floor", FloorServer.class, FLOOR_PORT, "/bench/stats", List.of())) {
            ChannelsVsStomp run = new ChannelsVsStomp(sizes, phoenix, stomp, floor);
            for (int pair = 1; pair <= pairs; pair++) {
                run.pair(pair);
            }
            if (pairs == 0) {
                run.warmUp();
            }
            for (int pair = 1; pair <= capacityPairs; pair++) {
                run.capacityPair(pair);
            }
            run.print(pairs, capacityPairs);
        }
    }

    // ================================================================ trials

    private void warmUp() throws Exception {
        log("warm-up");
        int size = sizes.fanouts().get(0);
        for (RestartableServer server : List.of(phoenix, stomp, floor)) {
            client(server, "fanout", size, "broadcasts=10");
        }
        for (RestartableServer server : List.of(phoenix, stomp)) {
            client(server, "roundtrips", sizes.pingClients(), "seconds=" + sizes.pingSeconds());
        }
    }

    /**
     * One pair of every figure but capacity: Phoenix first, then its peer. The idle heap is read on freshly started
     * servers: with more than 2 GiB of heap, Tomcat keeps the buffers of closed connections for new ones (up to a
     * 32nd of the heap), so a server that has served connections before counts fewer bytes per new connection, by as
     * much as its pool holds (about 9.5 KiB per connection at 10,000 here). A first trial of 100 connections pays
     * for what the first connections initialise once, so that it is not counted per connection. The warm-up follows.
     */
    private void pair(int pair) throws Exception {
        log("pair %d: restarting phoenix and stomp for the idle heap", pair);
        phoenix.restart();
        stomp.restart();
        client(phoenix, "idle", PRIMING_CONNECTIONS);
        client(stomp, "idle", PRIMING_CONNECTIONS);
        double p = number(client(phoenix, "idle", sizes.idle()), "bytes_per_connection") / 1024;
        double s = number(client(stomp, "idle", sizes.idle()), "bytes_per_connection") / 1024;
        idle.add(p, s);
        log("pair %d idle heap per connection: phoenix %.1f KiB, stomp %.1f KiB", pair, p, s);
        warmUp();
        for (int size : sizes.fanouts()) {
            fanoutPair(pair, size);
        }
        String seconds = "seconds=" + sizes.pingSeconds();
        double pp = number(client(phoenix, "roundtrips", sizes.pingClients(), seconds), "per_second");
        double sp = number(client(stomp, "roundtrips", sizes.pingClients(), seconds), "per_second");
        roundTrips.add(pp, sp);
        log("pair %d round trips: phoenix %.0f/s, stomp %.0f/s", pair, pp, sp);
    }

    /** Phoenix, STOMP, then the floor: each trial's median of its timed broadcasts. */
    private void fanoutPair(int pair, int size) throws Exception {
        String broadcasts = "broadcasts=" + sizes.broadcasts();
        Map<String, String> p = client(phoenix, "fanout", size, broadcasts);
        Map<String, String> s = client(stomp, "fanout", size, broadcasts);
        Map<String, String> f = client(floor, "fanout", size, broadcasts);
        fanout.computeIfAbsent(size, k -> new Pairs()).add(number(p, "median_ms"), number(s, "median_ms"));
        fanoutFloor.computeIfAbsent(size, k -> new Pairs()).add(number(p, "median_ms"), number(f, "median_ms"));
        encodes.computeIfAbsent(size, k -> new Pairs())
                .add(number(p, "encodes_per_broadcast"), number(s, "encodes_per_broadcast"));
        log(
                "pair %d fan-out to %d: phoenix %s ms, stomp %s ms, floor %s ms; encodes per broadcast %s vs %s",
                pair,
                size,
                p.get("median_ms"),
                s.get("median_ms"),
                f.get("median_ms"),
                p.get("encodes_per_broadcast"),
                s.get("encodes_per_broadcast"));
    }

    private void capacityPair(int pair) throws Exception {
        String hold = "hold=" + sizes.hold().toSeconds();
        Map<String, String> p = client(phoenix, "capacity", sizes.capacity(), hold);
        Map<String, String> s = client(stomp, "capacity", sizes.capacity(), hold);
        closes.add(number(p, "unexpected_closes"), number(s, "unexpected_closes"));
        missing.add(number(p, "answers_missing"), number(s, "answers_missing"));
        capacityOpen.add(number(p, "open_seconds"), number(s, "open_seconds"));
        log("pair %d capacity: phoenix %s, stomp %s", pair, p, s);
    }

    /**
     * Runs one trial in a client JVM. A failed trial is logged and its result is empty (its figures become NaN); the
     * server is restarted, since its state is unknown.
     */
    private Map<String, String> client(RestartableServer server, String measurement, int connections, String... options)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(
                server.name(),
                String.valueOf(server.port()),
                measurement,
                String.valueOf(connections),
                "heartbeat=" + sizes.heartbeat().toSeconds()));
        args.addAll(List.of(options));
        try {
            return ClientProcess.run(WsLoadClient.class, args, sizes.hold().plus(Duration.ofMinutes(10)));
        } catch (IOException e) {
            log(
                    "%s %s with %d connections failed, restarting the server: %s",
                    server.name(), measurement, connections, e.getMessage());
            server.restart();
            return Map.of();
        }
    }

    /** The number {@code name} of a result, or NaN for a failed trial. */
    private static double number(Map<String, String> result, String name) {
        String value = result.get(name);
        if (result.isEmpty()) {
            return Double.NaN;
        }
        if (value == null) {
            throw new IllegalStateException("expected " + name + " in the client's result " + result);
        }
        return Double.parseDouble(value);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
    }

    // ================================================================ report

    private void print(int pairs, int capacityPairs) {
        System.out.println();
        log(
                "Phoenix (FanoutServer) vs Spring STOMP simple broker (StompServer), %d pairs after a warm-up"
                        + " (capacity: %d); %s",
                pairs, capacityPairs, sizes);
        MarkdownTable table = new MarkdownTable(
                "figure", "Phoenix median (min–max)", "peer median (min–max)", "ratio per pair", "target", "met?");
        table.row(
                "idle heap per joined connection @ " + sizes.idle() + ", KiB",
                idle.phoenix(1),
                idle.peer(1),
                idle.ratio(),
                "≤ 0.5× STOMP and ≤ 32 KiB",
                met(idle.ratioMedian() <= 0.5 && idle.phoenixMedian() <= 32));
        fanoutRows(table);
        table.row(
                "round trips @ " + sizes.pingClients() + " clients, closed loop, per s",
                roundTrips.phoenix(0),
                roundTrips.peer(0),
                roundTrips.ratio(),
                "≥ 1.0× STOMP",
                met(roundTrips.ratioMedian() >= 1.0));
        if (capacityPairs > 0) {
            capacityRows(table);
        }
        table.print(System.out);
    }

    /** Fan-out against STOMP (the target is at 10k, or the largest size of a smaller run), the floor. */
    private void fanoutRows(MarkdownTable table) {
        int targetSize = sizes.fanouts().contains(10_000)
                ? 10_000
                : sizes.fanouts().get(sizes.fanouts().size() - 1);
        fanout.forEach((size, pairs) -> table.row(
                "fan-out to last receipt @ " + size + ", ms (peer: STOMP)",
                pairs.phoenix(2),
                pairs.peer(2),
                pairs.ratio(),
                size != targetSize ? "—" : size == 10_000 ? "≤ 0.5× STOMP" : "≤ 0.5× STOMP (the 10k target, here)",
                size == targetSize ? met(pairs.ratioMedian() <= 0.5) : "—"));
        fanoutFloor.forEach((size, pairs) -> table.row(
                "fan-out to last receipt @ " + size + ", ms (peer: raw NIO floor)",
                pairs.phoenix(2),
                pairs.peer(2),
                pairs.ratio(),
                "≤ 2.5× floor",
                met(pairs.ratioMedian() <= 2.5)));
        encodes.forEach((size, pairs) -> table.row(
                "encodes per broadcast @ " + size + " (peer: STOMP frames encoded)",
                pairs.phoenix(2),
                pairs.peer(0),
                "—",
                "exactly 1",
                met(pairs.phoenixMin() == 1 && pairs.phoenixMax() == 1)));
    }

    private void capacityRows(MarkdownTable table) {
        String held = " @ " + sizes.capacity() + " held " + sizes.hold().toSeconds() + " s";
        table.row(
                "unexpected closes" + held, closes.phoenix(0), closes.peer(0), "—", "0", met(closes.phoenixMax() == 0));
        table.row(
                "heartbeat answers missing" + held,
                missing.phoenix(0),
                missing.peer(0),
                "—",
                "0",
                met(missing.phoenixMax() == 0));
        table.row(
                "time to open and join" + held + ", s",
                capacityOpen.phoenix(2),
                capacityOpen.peer(2),
                capacityOpen.ratio(),
                "—",
                "—");
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    /**
     * The sizes of a run.
     *
     * @param idle connections for the idle heap
     * @param fanouts subscriber counts for fan-out
     * @param broadcasts timed broadcasts per fan-out trial
     * @param pingClients clients of the round-trip loop
     * @param pingSeconds seconds of each round-trip trial
     * @param capacity connections held
     * @param hold how long they are held
     * @param heartbeat the heartbeat period, of the client and of the STOMP broker
     */
    record Sizes(
            int idle,
            List<Integer> fanouts,
            int broadcasts,
            int pingClients,
            int pingSeconds,
            int capacity,
            Duration hold,
            Duration heartbeat) {

        Sizes {
            fanouts = List.copyOf(fanouts);
        }

        static Sizes quick() {
            return new Sizes(
                    500, List.of(500, 1_000), 15, 200, 5, 1_000, Duration.ofSeconds(30), Duration.ofSeconds(10));
        }

        static Sizes full() {
            return new Sizes(
                    10_000,
                    List.of(1_000, 5_000, 10_000, 18_000),
                    15,
                    1_000,
                    20,
                    19_000,
                    Duration.ofMinutes(10),
                    Duration.ofSeconds(30));
        }
    }
}
