package io.phoenixspring.benchmarks.ws;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the load client, from its command line: {@code <mode> <port> <measurement> <connections>
 * [name=value...]}.
 *
 * @param mode {@code phoenix}, {@code stomp} or {@code floor}
 * @param port the server's port
 * @param measurement {@code idle}, {@code fanout}, {@code roundtrips} or {@code capacity}
 * @param connections how many connections to open
 * @param options {@code broadcasts} and {@code warmup} (untimed broadcasts, or seconds of untimed round trips),
 *     {@code pause} (milliseconds between broadcasts), {@code seconds} (of timed round trips), {@code hold} and
 *     {@code heartbeat} (seconds), {@code threads} (selector threads)
 */
record LoadRun(String mode, int port, String measurement, int connections, Map<String, String> options) {

    LoadRun {
        options = Map.copyOf(options);
    }

    static LoadRun parse(List<String> args) {
        if (args.size() < 4) {
            throw new IllegalArgumentException("expected <phoenix|stomp|floor> <port> <idle|fanout|roundtrips|capacity>"
                    + " <connections> [name=value...], got " + args);
        }
        Map<String, String> options = new HashMap<>();
        for (String option : args.subList(4, args.size())) {
            int equals = option.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("expected name=value, got " + option);
            }
            options.put(option.substring(0, equals), option.substring(equals + 1));
        }
        return new LoadRun(
                args.get(0), Integer.parseInt(args.get(1)), args.get(2), Integer.parseInt(args.get(3)), options);
    }

    long option(String name, long fallback) {
        String value = options.get(name);
        return value == null ? fallback : Long.parseLong(value);
    }

    /** The heartbeat period, which STOMP also announces in CONNECT. */
    Duration heartbeat() {
        return Duration.ofSeconds(option("heartbeat", 30));
    }

    /** How long opening and joining every connection may take. */
    Duration openTimeout() {
        return Duration.ofSeconds(60 + connections / 100);
    }

    BenchHttp http() {
        return new BenchHttp(port);
    }

    /** The connections of this run, not yet opened; with {@code replies} STOMP also subscribes to its reply queue. */
    Connections connections(boolean replies) {
        Protocol protocol = Protocol.of(mode, replies, heartbeat().toMillis());
        int threads = (int) option("threads", Math.max(2, Runtime.getRuntime().availableProcessors()));
        return new Connections(protocol, new InetSocketAddress("localhost", port), threads);
    }

    String triggerTopic() {
        return Protocol.of(mode, false, heartbeat().toMillis()).triggerTopic();
    }
}
