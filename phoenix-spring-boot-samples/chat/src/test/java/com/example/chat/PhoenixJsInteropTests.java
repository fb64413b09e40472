package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The official phoenix client from npm, under Node, against the chat over WebSocket: the current release and the
 * 1.5 line ({@code phoenix15}), and the current one over long-poll. The steps are in
 * {@code src/test/node/interop.mjs}.
 */
@ChatServerTest
class PhoenixJsInteropTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"phoenix", "phoenix15"})
    void officialClientOverWebSocket(String clientPackage) throws IOException, InterruptedException {
        String output =
                NodeScript.run(Duration.ofSeconds(30), "interop.mjs", "http://localhost:" + port, clientPackage);
        assertThat(output).contains("all steps passed");
    }

    @org.junit.jupiter.api.Test
    void officialClientOverLongPoll() throws IOException, InterruptedException {
        String output = NodeScript.run(
                Duration.ofSeconds(30), "interop.mjs", "http://localhost:" + port, "phoenix", "longpoll");
        assertThat(output).contains("all steps passed");
    }
}
