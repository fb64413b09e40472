package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.socket.internal.SocketMount;
import io.phoenixspring.socket.internal.SocketTransports;
import io.phoenixspring.telemetry.Telemetry;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * A client that stops reading while broadcasts keep coming is disconnected once more than the socket's
 * max-queued-bytes wait for it, is counted, and costs the other connections nothing.
 */
@SpringBootTest(classes = SocketTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlowClientIntegrationTests {

    @Autowired
    Environment environment;

    @Autowired
    Endpoint endpoint;

    @Autowired
    SocketTransports transports;

    @Autowired
    MeterBinder phoenixSocketMetrics;

    @Autowired
    Telemetry telemetry;

    @Test
    void aClientThatStopsReadingIsDisconnectedAndCountedAndOthersCarryOn() throws Exception {
        SocketMount conn = transports.mounts().stream()
                .filter(m -> m.path().equals("/conn"))
                .findFirst()
                .orElseThrow();
        long before = conn.slowClientDisconnects().get();
        List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
        telemetry.attach(
                "test.slow",
                SocketMount.SLOW_CLIENT,
                (event, measurements, metadata, config) -> {
                    Map<String, Object> seen = new java.util.HashMap<>(metadata);
                    seen.putAll(measurements);
                    events.add(seen);
                },
                null);
        WsClient healthy = WsClient.connect(port(), "vsn=2.0.0");
        healthy.send("[\"1\",\"1\",\"room:healthy\",\"phx_join\",{}]");
        healthy.next();

        try (Socket slow = new Socket("localhost", port())) {
            slow.setReceiveBufferSize(4096);
            OutputStream out = slow.getOutputStream();
            out.write(("GET /conn/websocket?vsn=2.0.0 HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                            + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            DataInputStream in = new DataInputStream(slow.getInputStream());
            assertThat(readHead(in)).startsWith("HTTP/1.1 101");
            out.write(maskedText("[\"1\",\"1\",\"room:slow\",\"phx_join\",{}]"));
            assertThat(readTextFrame(in)).contains("phx_reply").contains("\"ok\"");

            String chunk = "x".repeat(64 * 1024);
            for (int i = 0; i < 400 && conn.slowClientDisconnects().get() == before; i++) {
                endpoint.broadcast("room:slow", "big", Map.of("data", chunk));
            }
            // Closing mid-write makes Tomcat's own send handler throw on its thread; that is Tomcat's, not ours
            await().dontCatchUncaughtExceptions()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> conn.slowClientDisconnects().get() == before + 1);
        }

        telemetry.detach("test.slow");
        assertThat(events).hasSize(1);
        assertThat(events.get(0))
                .containsEntry("transport", "websocket")
                .containsEntry("user_socket", conn.name())
                .containsEntry("max_queued_bytes", 256L * 1024);
        assertThat((Long) events.get(0).get("queued_bytes")).isGreaterThan(256L * 1024);

        healthy.send("[\"1\",\"2\",\"room:healthy\",\"echo\",{\"still\":\"here\"}]");
        assertThat(healthy.next()).contains("\"still\":\"here\"");

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        phoenixSocketMetrics.bindTo(registry);
        String socketName = conn.name();
        assertThat(registry.get("phoenix.socket.slow_client_disconnects")
                        .tag("socket", socketName)
                        .functionCounter()
                        .count())
                .isEqualTo(before + 1.0);
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static String readTextFrame(DataInputStream in) throws IOException {
        int first = in.readUnsignedByte();
        int length = in.readUnsignedByte() & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        }
        assertThat(first & 0x0f).as("a text frame").isEqualTo(1);
        byte[] payload = in.readNBytes(length);
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** A client text frame, masked with a zero key (the payload reads as is). */
    private static byte[] maskedText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[2 + 4 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | payload.length);
        System.arraycopy(payload, 0, frame, 6, payload.length);
        return frame;
    }

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }
}
