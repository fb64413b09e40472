package io.phoenixspring.test.channels;

import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.InResult;
import io.phoenixspring.channel.JoinResult;
import io.phoenixspring.channel.Socket;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/** The room channel of the channels guide: a lobby everyone joins, private rooms that need a token. */
@Component
public class RoomChannel implements Channel {

    /** What {@code terminate} was called with: {@code topic reason}. */
    public final Queue<String> terminations = new ConcurrentLinkedQueue<>();

    @Override
    public JoinResult join(String topic, Object payload, Socket socket) {
        if (topic.equals("room:lobby")) {
            socket.self().send("after_join");
            return JoinResult.ok(Map.of("welcome", "lobby"), socket.assign("room", "lobby"));
        }
        if (payload instanceof Map<?, ?> params && "secret".equals(params.get("token"))) {
            return JoinResult.ok(socket.assign("room", topic));
        }
        return JoinResult.error(Map.of("reason", "unauthorized"));
    }

    @Override
    public InResult handleIn(String event, Object payload, Socket socket) {
        Map<?, ?> params = (Map<?, ?>) payload;
        return switch (event) {
            case "new_msg" -> InResult.noReply(socket.broadcast("new_msg", Map.of("body", params.get("body"))));
            case "ping" -> InResult.ok(payload, socket);
            case "bad" -> InResult.error(Map.of("reason", "bad request"), socket);
            case "crash" -> throw new IllegalStateException("boom");
            default -> InResult.noReply(socket);
        };
    }

    @Override
    public InResult handleOut(String event, Object payload, Socket socket) {
        Map<?, ?> params = (Map<?, ?>) payload;
        if (Objects.equals(params.get("user"), socket.getAssign("ignoring"))) {
            return InResult.noReply(socket);
        }
        return InResult.noReply(socket.push(event, payload));
    }

    @Override
    public InResult handleInfo(Object message, Socket socket) {
        if (message.equals("after_join")) {
            return InResult.noReply(socket.push("presence_state", Map.of("users", List.of("ann"))));
        }
        return InResult.noReply(socket);
    }

    @Override
    public void terminate(String reason, Socket socket) {
        terminations.add(socket.topic() + " " + reason);
    }

    @Override
    public Set<String> intercept() {
        return Set.of("user_joined");
    }
}
