package com.example.chat.web.controllers;

import static io.phoenixspring.controller.Controller.render;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.token.PhoenixToken;
import java.security.SecureRandom;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The chat page: each browser session is a user, and the page carries a token signed for that user, which the
 * socket verifies on connect (the channels guide's user token).
 */
@Component
public class PageController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PhoenixToken tokens;

    public PageController(PhoenixToken tokens) {
        this.tokens = tokens;
    }

    public Conn index(Conn conn, Params params) {
        Object userId = conn.getSession("user_id");
        if (userId == null) {
            userId = 1000 + RANDOM.nextInt(9000);
            conn.putSession("user_id", userId);
        }
        String token = tokens.sign("user socket", userId);
        return render(conn, "index.html", Map.of("user_id", userId, "user_token", token));
    }
}
