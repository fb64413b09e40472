package com.example.chat.web.controllers;

import static io.phoenixspring.controller.Controller.json;
import static io.phoenixspring.controller.Controller.putStatus;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.endpoint.Endpoint;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Posts into a room from outside the socket, and disconnects a user's sockets: the endpoint's broadcasts. */
@Component
public class RoomController {

    private final Endpoint endpoint;

    public RoomController(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    public Conn create(Conn conn, Params params) {
        String body = params.getString("body");
        if (body == null || body.isBlank()) {
            return json(
                    putStatus(conn, "unprocessable_entity"),
                    Map.of("errors", Map.of("body", List.of("can't be blank"))));
        }
        String topic = "room:" + params.getString("room");
        endpoint.broadcast(topic, "new_msg", Map.of("body", body, "user", "api"));
        return json(putStatus(conn, "created"), Map.of("data", Map.of("topic", topic, "body", body)));
    }

    public Conn disconnect(Conn conn, Params params) {
        endpoint.broadcast("users_socket:" + params.getString("id"), "disconnect", Map.of());
        return conn.sendResp(204, "");
    }
}
