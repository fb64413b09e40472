package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.phoenixspring.LogCapture;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.telemetry.Telemetry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** Phoenix's socket and channel telemetry events and their log lines, over a real WebSocket. */
@SpringBootTest(classes = SocketTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChannelTelemetryIntegrationTests {

    record Event(List<String> name, Map<String, Object> measurements, Map<String, Object> metadata) {}

    @Autowired
    Environment environment;

    @Autowired
    Telemetry telemetry;

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void detach() {
        telemetry.detach("test");
    }

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }

    @Test
    void connectJoinAndPushEmitPhoenixsEvents() throws Exception {
        telemetry.attachMany(
                "test", ChannelLogger.EVENTS, (name, m, meta, c) -> events.add(new Event(name, m, meta)), null);
        WsClient client = WsClient.connect(port(), "vsn=2.0.0&token=tele");
        client.send("[\"1\",\"1\",\"room:tele\",\"phx_join\",{\"a\":1}]");
        client.next();
        client.send("[\"1\",\"2\",\"room:tele\",\"echo\",{\"b\":2}]");
        client.next();

        Event connected = events.get(0);
        assertThat(connected.name()).containsExactly("phoenix", "socket_connected");
        assertThat((Long) connected.measurements().get("duration")).isPositive();
        assertThat(connected.metadata())
                .containsEntry("transport", "websocket")
                .containsEntry("result", "ok")
                .containsEntry("vsn", "2.0.0")
                .containsEntry("serializer", "2.0.0")
                .containsKey("connect_info");
        assertThat(connected.metadata().get("params")).isEqualTo(Map.of("vsn", "2.0.0", "token", "tele"));

        Event joined = events.get(1);
        assertThat(joined.name()).containsExactly("phoenix", "channel_joined");
        assertThat(joined.metadata()).containsEntry("result", "ok").containsEntry("params", Map.of("a", 1));
        assertThat(((Socket) joined.metadata().get("socket")).topic()).isEqualTo("room:tele");

        Event handled = events.get(2);
        assertThat(handled.name()).containsExactly("phoenix", "channel_handled_in");
        assertThat(handled.metadata()).containsEntry("event", "echo").containsEntry("params", Map.of("b", 2));
        assertThat((Long) handled.measurements().get("duration")).isPositive();
    }

    @Test
    void refusalsAreEventsToo() throws Exception {
        telemetry.attachMany(
                "test", ChannelLogger.EVENTS, (name, m, meta, c) -> events.add(new Event(name, m, meta)), null);
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"1\",\"1\",\"room:private\",\"phx_join\",{}]");
        client.next();
        assertThat(events).extracting(e -> e.metadata().get("result")).containsExactly("ok", "error");
    }

    @Test
    void crashesAndLeavesAreEvents() throws Exception {
        telemetry.attachMany(
                "test",
                List.of(List.of("phoenix", "channel_crashed"), List.of("phoenix", "channel_left")),
                (name, m, meta, c) -> events.add(new Event(name, m, meta)),
                null);
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"1\",\"1\",\"room:falls\",\"phx_join\",{}]");
        client.next();
        client.send("[\"1\",\"2\",\"room:falls\",\"crash\",{}]");
        assertThat(client.next()).contains("phx_error");
        client.send("[\"3\",\"3\",\"room:goes\",\"phx_join\",{}]");
        client.next();
        client.send("[\"3\",\"4\",\"room:goes\",\"phx_leave\",{}]");
        client.next();
        client.next();

        await().atMost(Duration.ofSeconds(5)).until(() -> events.size() == 3);
        assertThat(events.get(0).name()).containsExactly("phoenix", "channel_crashed");
        assertThat(events.get(0).metadata())
                .containsEntry("callback", "handleIn")
                .containsEntry("kind", "error")
                .containsKey("stacktrace");
        assertThat(events.get(0).metadata().get("reason")).isInstanceOf(IllegalStateException.class);
        assertThat(((Socket) events.get(0).metadata().get("socket")).topic()).isEqualTo("room:falls");
        assertThat(events.get(0).measurements()).containsOnlyKeys("system_time");
        assertThat(events.get(1).name()).containsExactly("phoenix", "channel_left");
        assertThat((String) events.get(1).metadata().get("reason")).startsWith("error: ");
        assertThat(events.get(2).name()).containsExactly("phoenix", "channel_left");
        assertThat(events.get(2).metadata()).containsEntry("reason", "shutdown:left");
        assertThat(((Socket) events.get(2).metadata().get("socket")).topic()).isEqualTo("room:goes");
    }

    @Test
    void theLoggerWritesPhoenixsLines() throws Exception {
        try (LogCapture log = LogCapture.of("io.phoenixspring.endpoint", Level.DEBUG)) {
            WsClient client = WsClient.connect(port(), "vsn=2.0.0&token=logged&password=secret");
            client.send("[\"1\",\"1\",\"room:logged\",\"phx_join\",{\"password\":\"x\"}]");
            client.next();
            client.send("[\"1\",\"2\",\"room:logged\",\"echo\",{\"b\":2}]");
            client.next();
            client.send("[null,\"3\",\"phoenix\",\"heartbeat\",{}]");
            client.next();
            List<String> lines = log.messages();
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("CONNECTED TO ")
                            .contains("\n  Transport: :websocket\n  Serializer: V2.0.0\n  Parameters: ")
                            .contains("\"password\" => \"[FILTERED]\""));
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("JOINED room:logged in ")
                            .endsWith("\n  Parameters: %{\"password\" => \"[FILTERED]\"}"));
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("HANDLED echo INCOMING ON room:logged in ")
                            .endsWith("\n  Parameters: %{\"b\" => 2}"));
            assertThat(lines).noneMatch(line -> line.contains("heartbeat"));
        }
    }
}
