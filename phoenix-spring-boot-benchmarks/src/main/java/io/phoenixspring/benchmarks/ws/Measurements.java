package io.phoenixspring.benchmarks.ws;

import io.phoenixspring.benchmarks.load.Figures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** The load client's four measurements; each opens its own connections, measures, and resets them. */
final class Measurements {

    /** Time for the server to let go of the previous run's connections before the heap is read. */
    private static final long SETTLE_MILLIS = 2_000;

    private Measurements() {}

    /** Heap per joined idle connection, after full GCs on both sides of opening them. */
    static Map<String, String> idle(LoadRun run) throws Exception {
        BenchHttp http = run.http();
        try (Connections connections = run.connections(false)) {
            Thread.sleep(SETTLE_MILLIS);
            long before = http.heap();
            double openSeconds = open(run, connections);
            Thread.sleep(SETTLE_MILLIS);
            long after = http.heap();
            Map<String, String> result = new LinkedHashMap<>();
            result.put("bytes_per_connection", String.valueOf((after - before) / run.connections()));
            result.put("open_seconds", format(openSeconds));
            return result;
        }
    }

    /** Time from just before the broadcast trigger to the last receipt, and encodings per broadcast. */
    static Map<String, String> fanout(LoadRun run) throws Exception {
        BenchHttp http = run.http();
        int n = run.connections();
        try (Connections connections = run.connections(false)) {
            open(run, connections);
            for (long i = run.option("warmup", 5); i > 0; i--) {
                broadcastMillis(run, http, connections);
            }
            long encodesBefore = http.encodes();
            int broadcasts = (int) run.option("broadcasts", 15);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < broadcasts; i++) {
                millis.add(broadcastMillis(run, http, connections));
            }
            long encodes = http.encodes() - encodesBefore;
            Figures figures = new Figures(millis);
            Map<String, String> result = new LinkedHashMap<>();
            result.put("median_ms", format(figures.median()));
            result.put("min_ms", format(figures.min()));
            result.put("max_ms", format(figures.max()));
            result.put("encodes_per_broadcast", format((double) encodes / broadcasts));
            result.put("connections", String.valueOf(n));
            return result;
        }
    }

    private static double broadcastMillis(LoadRun run, BenchHttp http, Connections connections) throws Exception {
        Tally.Round round = connections.tally().newRound(run.connections());
        long start = System.nanoTime();
        http.broadcast(run.triggerTopic());
        double millis = (round.awaitLast(60) - start) / 1e6;
        Thread.sleep(run.option("pause", 200));
        return millis;
    }

    /** Round trips per second, every connection pinging in a closed loop. */
    static Map<String, String> roundTrips(LoadRun run) throws Exception {
        try (Connections connections = run.connections(true)) {
            open(run, connections);
            Tally tally = connections.tally();
            tally.closedLoop(true);
            connections.forEach(WsConnection::ping);
            Thread.sleep(run.option("warmup", 2) * 1000);
            long before = tally.replies.sum();
            long start = System.nanoTime();
            Thread.sleep(run.option("seconds", 10) * 1000);
            long replies = tally.replies.sum() - before;
            double seconds = (System.nanoTime() - start) / 1e9;
            tally.closedLoop(false);
            Thread.sleep(500);
            Map<String, String> result = new LinkedHashMap<>();
            result.put("per_second", format(replies / seconds));
            result.put("errors", String.valueOf(tally.errors.sum()));
            result.put("unexpected_closes", String.valueOf(tally.unexpectedCloses.sum()));
            result.put("first_problem", tally.firstProblem().replaceAll("\\s+", "_"));
            return result;
        }
    }

    /** Connections held with heartbeats: unexpected closes and heartbeat answers missing. */
    static Map<String, String> capacity(LoadRun run) throws Exception {
        long hold = run.option("hold", 600) * 1000;
        long period = run.heartbeat().toMillis();
        try (Connections connections = run.connections(false)) {
            double openSeconds = open(run, connections);
            long start = System.currentTimeMillis();
            for (long beat = start + period; beat < start + hold; beat += period) {
                Thread.sleep(Math.max(0, beat - System.currentTimeMillis()));
                connections.forEach(WsConnection::heartbeat);
            }
            Thread.sleep(Math.max(0, start + hold - System.currentTimeMillis()) + SETTLE_MILLIS);
            Protocol protocol = Protocol.of(run.mode(), false, period);
            LongAdder missing = new LongAdder();
            LongAdder notJoined = new LongAdder();
            connections.forEach(connection -> {
                long expected = protocol.expectedAnswers(connection.heartbeatsSent, hold, period);
                missing.add(Math.max(0, expected - connection.heartbeatAnswers));
                notJoined.add(connection.isJoined() ? 0 : 1);
            });
            Tally tally = connections.tally();
            Map<String, String> result = new LinkedHashMap<>();
            result.put("unexpected_closes", String.valueOf(tally.unexpectedCloses.sum()));
            result.put("not_joined_at_end", String.valueOf(notJoined.sum()));
            result.put("heartbeats_sent", String.valueOf(tally.heartbeatsSent.sum()));
            result.put("heartbeat_answers", String.valueOf(tally.heartbeatAnswers.sum()));
            result.put("answers_missing", String.valueOf(missing.sum()));
            result.put("errors", String.valueOf(tally.errors.sum()));
            result.put("open_seconds", format(openSeconds));
            result.put("first_problem", tally.firstProblem().replaceAll("\\s+", "_"));
            return result;
        }
    }

    /** Opens and joins the run's connections; returns the seconds it took. */
    private static double open(LoadRun run, Connections connections) throws InterruptedException {
        long start = System.nanoTime();
        connections.open(run.connections(), run.openTimeout());
        return (System.nanoTime() - start) / 1e9;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
