package com.example.chat.web.channels;

import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.InResult;
import io.phoenixspring.channel.JoinResult;
import io.phoenixspring.channel.Socket;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The channels guide's room: the lobby is open to every user, private rooms to none. */
@Component
public class RoomChannel implements Channel {

    @Override
    public JoinResult join(String topic, Object payload, Socket socket) {
        if (topic.equals("room:lobby")) {
            return JoinResult.ok(socket);
        }
        return JoinResult.error(Map.of("reason", "unauthorized"));
    }

    @Override
    public InResult handleIn(String event, Object payload, Socket socket) {
        if (event.equals("new_msg")
                && payload instanceof Map<?, ?> message
                && message.get("body") instanceof String body) {
            socket.broadcast(
                    "new_msg",
                    Map.of("body", body, "user", String.valueOf(socket.assigns().get("user_id"))));
            return InResult.noReply(socket);
        }
        if (event.equals("ping")) {
            return InResult.ok(Map.of("pong", payload), socket);
        }
        return InResult.error(Map.of("reason", "unknown event " + event), socket);
    }
}
