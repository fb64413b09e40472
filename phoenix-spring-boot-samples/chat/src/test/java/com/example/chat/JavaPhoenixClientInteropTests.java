package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.token.PhoenixToken;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import kotlin.Unit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.phoenixframework.Channel;
import org.phoenixframework.Defaults;
import org.phoenixframework.Message;
import org.phoenixframework.Push;
import org.phoenixframework.Socket;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A third-party JVM client, JavaPhoenixClient (Kotlin, over OkHttp), against the chat over WebSocket. */
@ChatServerTest
class JavaPhoenixClientInteropTests {

    private static final long TIMEOUT_MS = 5_000;

    @LocalServerPort
    int port;

    @Autowired
    PhoenixToken tokens;

    private final OkHttpClient http = new OkHttpClient();

    @AfterEach
    void closeHttpClient() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void connectJoinPushReceiveABroadcastAndLeave() throws Exception {
        Socket socket = new Socket(
                "ws://localhost:" + port + "/socket",
                Map.of("token", tokens.sign("user socket", 42)),
                Defaults.VSN,
                Defaults.INSTANCE.getEncode(),
                Defaults.INSTANCE.getDecode(),
                http);
        CompletableFuture<Void> opened = new CompletableFuture<>();
        socket.onOpen(() -> done(opened.complete(null)));
        socket.connect();
        opened.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);

        Channel lobby = socket.channel("room:lobby", Map.of());
        BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
        lobby.on("new_msg", message -> done(messages.add(message.getPayload())));
        assertThat(reply(lobby.join(TIMEOUT_MS)).getStatus()).isEqualTo("ok");

        Message refused = reply(socket.channel("room:secret", Map.of()).join(TIMEOUT_MS));
        assertThat(refused.getStatus()).isEqualTo("error");
        assertThat(refused.getPayload()).isEqualTo(Map.of("reason", "unauthorized"));

        Message pong = reply(lobby.push("ping", Map.of("n", 1), TIMEOUT_MS));
        assertThat(pong.getStatus()).isEqualTo("ok");
        assertThat(pong.getPayload()).isEqualTo(Map.of("pong", Map.of("n", 1.0))); // Gson reads numbers as doubles

        lobby.push("new_msg", Map.of("body", "hello from the JVM"), TIMEOUT_MS);
        assertThat(messages.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS))
                .isEqualTo(Map.of("body", "hello from the JVM", "user", "42"));

        CompletableFuture<Void> closed = new CompletableFuture<>();
        lobby.onClose(message -> done(closed.complete(null)));
        assertThat(reply(lobby.leave(TIMEOUT_MS)).getStatus()).isEqualTo("ok");
        closed.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        assertThat(lobby.isClosed()).isTrue();
        socket.disconnect(1000, null, null);
    }

    /** Waits for the push's reply, whatever its status. */
    private static Message reply(Push push) throws Exception {
        CompletableFuture<Message> reply = new CompletableFuture<>();
        push.receive("ok", message -> done(reply.complete(message)))
                .receive("error", message -> done(reply.complete(message)));
        return reply.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    /** Kotlin callbacks return {@link Unit}. */
    private static Unit done(boolean ignored) {
        return Unit.INSTANCE;
    }
}
