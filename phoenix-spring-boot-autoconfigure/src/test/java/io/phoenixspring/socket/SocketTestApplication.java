package io.phoenixspring.socket;

import io.phoenixspring.channel.BinaryPayload;
import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.InResult;
import io.phoenixspring.channel.JoinResult;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.router.RouterConfigurer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A socket with the channels the wire tests need. */
@SpringBootApplication
public class SocketTestApplication {

    /** Terminate reasons seen, for assertions. */
    public static final List<String> TERMINATED = new CopyOnWriteArrayList<>();

    @Bean
    RouterConfigurer routes() {
        return router -> {
            router.get("/rooms/:id", RoomsController.class, "show");
            router.get("/rooms/:id/crash", RoomsController.class, "crash");
        };
    }

    @Bean
    RoomsController roomsController() {
        return new RoomsController();
    }

    /** An HTTP page beside the socket. */
    public static class RoomsController {

        public Conn show(Conn conn, Params params) {
            return Controller.text(conn, "room " + params.get("id"));
        }

        public Conn crash(Conn conn, Params params) {
            throw new IllegalStateException("the rooms page crashed on purpose");
        }
    }

    @Bean
    PhoenixSocket userSocket() {
        return new PhoenixSocket() {
            @Override
            public void channels(ChannelRoutes routes) {
                routes.channel("room:*", new RoomChannel());
            }

            @Override
            public ConnectResult connect(Map<String, Object> params, Socket socket, ConnectInfo info) {
                Object token = params.get("token");
                if ("refuse".equals(token)) {
                    return ConnectResult.error();
                }
                if ("throttle".equals(token)) {
                    return ConnectResult.error(429, "Too many requests");
                }
                if (info.session() != null && info.session().get("user") != null) {
                    return ConnectResult.ok(
                            socket.assign("user", "session:" + info.session().get("user")));
                }
                return ConnectResult.ok(socket.assign("user", token == null ? "anonymous" : token.toString()));
            }

            @Override
            public String id(Socket socket) {
                String user = socket.getAssign("user");
                return "anonymous".equals(user) ? null : "user_socket:" + user;
            }

            @Override
            public SocketOptions options() {
                return SocketOptions.defaults().withCheckOrigin(false).withMaxFrameSize(64 * 1024);
            }
        };
    }

    /**
     * The same room at {@code /lp}, with long poll on (a one-second window), origins limited to one host, and the
     * transport's requests logged at debug.
     */
    @Bean
    PhoenixSocket longPollSocket() {
        PhoenixSocket user = userSocket();
        return new PhoenixSocket() {
            @Override
            public void channels(ChannelRoutes routes) {
                routes.channel("room:*", new RoomChannel());
            }

            @Override
            public ConnectResult connect(Map<String, Object> params, Socket socket, ConnectInfo info) {
                return user.connect(params, socket, info);
            }

            @Override
            public String id(Socket socket) {
                return user.id(socket);
            }

            @Override
            public String path() {
                return "/lp";
            }

            @Override
            public SocketOptions options() {
                return SocketOptions.defaults()
                        .withOrigins(List.of("//allowed.example"))
                        .withTransportLog(org.slf4j.event.Level.DEBUG)
                        .withLongpoll(LongPollOptions.defaults().withWindow(Duration.ofSeconds(1)));
            }
        };
    }

    /**
     * The same room at {@code /conn}: origins checked against the request, V2 clients from 2.0.0 to 3.0.0 only,
     * requests logged, at most 256 KiB queued for a slow client.
     */
    @Bean
    PhoenixSocket connOriginSocket() {
        PhoenixSocket user = userSocket();
        return new PhoenixSocket() {
            @Override
            public void channels(ChannelRoutes routes) {
                routes.channel("room:*", new RoomChannel());
            }

            @Override
            public ConnectResult connect(Map<String, Object> params, Socket socket, ConnectInfo info) {
                return user.connect(params, socket, info);
            }

            @Override
            public String path() {
                return "/conn";
            }

            @Override
            public SocketOptions options() {
                return SocketOptions.defaults()
                        .withCheckOriginConn()
                        .withTransportLog(org.slf4j.event.Level.INFO)
                        .withMaxQueuedBytes(256 * 1024)
                        .withSerializers(List.of(SerializerVersion.v2("~> 2.0")));
            }
        };
    }

    /** The channels guide's room, plus the events the wire rules need. */
    static final class RoomChannel implements Channel {

        @Override
        public JoinResult join(String topic, Object payload, Socket socket) {
            if (topic.equals("room:private")) {
                return JoinResult.error(Map.of("reason", "unauthorized"));
            }
            if (topic.equals("room:crash")) {
                throw new IllegalStateException("join crashed on purpose");
            }
            if (topic.equals("room:after")) {
                socket.self().send("after_join");
            }
            return JoinResult.ok(Map.of("user", String.valueOf(socket.assigns().get("user"))), socket);
        }

        @Override
        public InResult handleIn(String event, Object payload, Socket socket) {
            return switch (event) {
                case "new_msg" -> {
                    socket.broadcast(
                            "new_msg",
                            payload instanceof Map<?, ?> || payload instanceof BinaryPayload
                                    ? payload
                                    : Map.of("body", payload));
                    yield InResult.noReply(socket);
                }
                case "echo" -> InResult.ok(payload instanceof Map<?, ?> map ? map : Map.of("value", payload), socket);
                case "fail" -> InResult.error(Map.of("reason", "nope"), socket);
                case "crash" -> throw new IllegalStateException("crashed on purpose");
                case "stop" -> InResult.stop("normal", "ok", Map.of("bye", true), socket);
                case "size" -> InResult.ok(Map.of("bytes", ((BinaryPayload) payload).data().length), socket);
                case "binary" -> InResult.ok(new BinaryPayload(((BinaryPayload) payload).data()), socket);
                case "shout" -> {
                    socket.broadcastFrom(
                            "shout",
                            Map.of("from", String.valueOf(socket.assigns().get("user"))));
                    yield InResult.noReply(socket);
                }
                default -> InResult.noReply(socket);
            };
        }

        @Override
        public InResult handleOut(String event, Object payload, Socket socket) {
            socket.push(event, Map.of("intercepted", true, "original", payload));
            return InResult.noReply(socket);
        }

        @Override
        public InResult handleInfo(Object message, Socket socket) {
            if ("after_join".equals(message)) {
                socket.push("welcome", Map.of("topic", String.valueOf(socket.topic())));
            }
            return InResult.noReply(socket);
        }

        @Override
        public void terminate(String reason, Socket socket) {
            TERMINATED.add(socket.topic() + " " + reason);
        }

        @Override
        public Set<String> intercept() {
            return Set.of("censored");
        }
    }
}
