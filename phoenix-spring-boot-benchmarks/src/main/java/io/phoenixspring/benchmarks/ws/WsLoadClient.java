package io.phoenixspring.benchmarks.ws;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The WebSocket load client, in its own JVM: opens many connections from a few selector threads (no thread per
 * connection), speaking Phoenix V2 ({@code phoenix}), STOMP 1.2 ({@code stomp}) or nothing ({@code floor}), runs one
 * measurement and prints one line {@code RESULT name=value ...} for the orchestrator to read.
 *
 * <p>Usage: {@code WsLoadClient <mode> <port> <measurement> <connections> [name=value...]}, for example
 * {@code WsLoadClient phoenix 4811 fanout 1000 broadcasts=15}. Measurements:
 *
 * <ul>
 *   <li>{@code idle}: the server's heap after full GCs before and after the connections joined, per connection;
 *   <li>{@code fanout}: time from just before the HTTP broadcast trigger to the last connection's receipt;
 *   <li>{@code roundtrips}: every connection pings and waits for the reply in a closed loop, round trips per second;
 *   <li>{@code capacity}: the connections are held with heartbeats; unexpected closes and missing answers.
 * </ul>
 *
 * @see io.phoenixspring.benchmarks.ChannelsVsStomp
 */
public final class WsLoadClient {

    private WsLoadClient() {}

    public static void main(String[] args) throws Exception {
        LoadRun run = LoadRun.parse(List.of(args));
        Map<String, String> result = switch (run.measurement()) {
            case "idle" -> Measurements.idle(run);
            case "fanout" -> Measurements.fanout(run);
            case "roundtrips" -> Measurements.roundTrips(run);
            case "capacity" -> Measurements.capacity(run);
            default ->
                throw new IllegalArgumentException("unknown measurement \"" + run.measurement()
                        + "\"; expected idle, fanout, roundtrips or capacity");
        };
        System.out.println("RESULT "
                + result.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining(" ")));
        System.exit(0);
    }
}
