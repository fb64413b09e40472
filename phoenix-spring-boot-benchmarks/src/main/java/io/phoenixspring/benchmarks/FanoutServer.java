package io.phoenixspring.benchmarks;

import static io.phoenixspring.controller.Controller.json;

import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.InResult;
import io.phoenixspring.channel.JoinResult;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.channel.internal.FastlaneDispatcher;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.router.RouterConfigurer;
import io.phoenixspring.socket.ChannelRoutes;
import io.phoenixspring.socket.PhoenixSocket;
import io.phoenixspring.socket.SocketOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The server side of the channel harness: a socket whose {@code room:*} channels join and answer {@code ping}, and
 * {@code /bench/broadcast}, {@code /bench/heap} and {@code /bench/stats} for the client to drive and measure.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class FanoutServer {

    public static void main(String[] args) {
        SpringApplication.run(FanoutServer.class, args);
    }

    @Bean
    PhoenixSocket benchSocket() {
        Channel room = new RoomChannel();
        return new PhoenixSocket() {
            @Override
            public void channels(ChannelRoutes routes) {
                routes.channel("room:*", room);
            }

            @Override
            public SocketOptions options() {
                return SocketOptions.defaults().withCheckOrigin(false).withTimeout(java.time.Duration.ofMinutes(10));
            }
        };
    }

    /** Joins anyone, and replies {@code ok} to a {@code ping} with its own payload, for round trips. */
    static final class RoomChannel implements Channel {

        @Override
        public JoinResult join(String topic, Object payload, Socket socket) {
            return JoinResult.ok(socket);
        }

        @Override
        public InResult handleIn(String event, Object payload, Socket socket) {
            if (event.equals("ping")) {
                return InResult.ok(payload, socket);
            }
            return InResult.error(Map.of("reason", "expected the event ping, got " + event), socket);
        }
    }

    @Bean
    RouterConfigurer benchRoutes() {
        return router -> router.scope("/bench", s -> {
            s.post("/broadcast", BenchController.class, "broadcast");
            s.get("/heap", BenchController.class, "heap");
            s.get("/stats", BenchController.class, "stats");
        });
    }

    /** Drives and measures. */
    public static class BenchController {

        private final Endpoint endpoint;
        private final FastlaneDispatcher fastlane;
        private final PubSub pubSub;

        public BenchController(Endpoint endpoint, FastlaneDispatcher fastlane, PubSub pubSub) {
            this.endpoint = endpoint;
            this.fastlane = fastlane;
            this.pubSub = pubSub;
        }

        public Conn broadcast(Conn conn, Params params) {
            long start = System.nanoTime();
            endpoint.broadcast(
                    String.valueOf(params.getString("topic")), "tick", Map.of("sent_at", System.currentTimeMillis()));
            return json(conn, Map.of("dispatch_ns", System.nanoTime() - start));
        }

        public Conn heap(Conn conn, Params params) {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return json(conn, Map.of("used", memory.getHeapMemoryUsage().getUsed()));
        }

        public Conn stats(Conn conn, Params params) {
            return json(conn, Map.of("encodes", fastlane.encodes(), "subscriptions", pubSub.subscriptionCount()));
        }
    }
}
