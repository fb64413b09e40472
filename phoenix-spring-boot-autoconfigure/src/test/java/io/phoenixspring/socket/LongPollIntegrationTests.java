package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.phoenixspring.LogCapture;
import io.phoenixspring.endpoint.Endpoint;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The long-poll transport over real HTTP, request by request, as phoenix.js's LongPoll sees it. */
@SpringBootTest(classes = SocketTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LongPollIntegrationTests {

    @Autowired
    Environment environment;

    @Autowired
    Endpoint endpoint;

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }

    private String url(String query) {
        return "http://localhost:" + port() + "/lp/longpoll?" + query;
    }

    @Test
    void firstPollOpensASessionWith410AndASignedToken() throws Exception {
        LpClient client = LpClient.connect(port(), "vsn=2.0.0&");
        assertThat(client.token).startsWith("SFMyNTY.");
        LpClient other = LpClient.connect(port(), "vsn=2.0.0");
        assertThat(other.token).isNotEqualTo(client.token);
    }

    @Test
    void joinByPostThenThePollReceivesTheReplyWithTheFirstGetsParams() throws Exception {
        LpClient client = LpClient.connect(port(), "token=ann&vsn=2.0.0");
        assertThat(client.post("[\"3\",\"3\",\"room:lobby\",\"phx_join\",{}]")).isEqualTo(Map.of("status", 200));
        assertThat(client.messages(1))
                .containsExactly(
                        "[\"3\",\"3\",\"room:lobby\",\"phx_reply\",{\"status\":\"ok\",\"response\":{\"user\":\"ann\"}}]");
        client.post("[\"3\",\"4\",\"room:lobby\",\"echo\",{\"a\":1}]");
        client.post("[\"3\",\"5\",\"room:lobby\",\"fail\",{}]");
        assertThat(client.messages(2))
                .containsExactly(
                        "[\"3\",\"4\",\"room:lobby\",\"phx_reply\",{\"status\":\"ok\",\"response\":{\"a\":1}}]",
                        "[\"3\",\"5\",\"room:lobby\",\"phx_reply\",{\"status\":\"error\",\"response\":{\"reason\":\"nope\"}}]");
    }

    @Test
    void aWaitingPollIsAnsweredWhenAFrameArrives() throws Exception {
        LpClient client = LpClient.connect(port(), "vsn=2.0.0");
        client.post("[\"1\",\"1\",\"room:wait\",\"phx_join\",{}]");
        assertThat(client.messages(1)).hasSize(1);
        CompletableFuture<Map<String, Object>> waiting = client.pollAsync();
        Thread.sleep(200);
        client.post("[null,\"2\",\"phoenix\",\"heartbeat\",{}]");
        assertThat(waiting.get(5, TimeUnit.SECONDS))
                .containsEntry("status", 200)
                .containsEntry(
                        "messages",
                        List.of("[null,\"2\",\"phoenix\",\"phx_reply\",{\"status\":\"ok\",\"response\":{}}]"));
    }

    @Test
    void transportLogLogsEachRequestAndAWaitingPollWhenItIsAnswered() throws Exception {
        try (LogCapture log = LogCapture.of("io.phoenixspring.endpoint", Level.DEBUG)) {
            LpClient client = LpClient.connect(port(), "vsn=2.0.0");
            client.post("[\"1\",\"1\",\"room:logged\",\"phx_join\",{}]");
            assertThat(client.messages(1)).hasSize(1);
            CompletableFuture<Map<String, Object>> waiting = client.pollAsync();
            Thread.sleep(200);
            assertThat(WebSocketHandshakeIntegrationTests.requests(log))
                    .as("the waiting poll is logged, not answered yet")
                    .hasSize(7);
            client.post("[null,\"2\",\"phoenix\",\"heartbeat\",{}]");
            waiting.get(5, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (WebSocketHandshakeIntegrationTests.requests(log).size() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            List<String> lines = WebSocketHandshakeIntegrationTests.requests(log);
            assertThat(lines.get(0)).isEqualTo("GET /lp/longpoll");
            assertThat(lines.get(1)).matches("Sent 200 in \\d+(µs|ms)");
            assertThat(lines.get(2)).isEqualTo("POST /lp/longpoll");
            assertThat(lines.get(6)).isEqualTo("GET /lp/longpoll");
            assertThat(lines)
                    .hasSize(10)
                    .filteredOn(line -> line.startsWith("Sent "))
                    .hasSize(5);
        }
    }

    @Test
    void aPollWithNothingToSayAnswers204AfterTheWindow() throws Exception {
        LpClient client = LpClient.connect(port(), "vsn=2.0.0");
        long start = System.nanoTime();
        Map<String, Object> answer = client.poll();
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(answer)
                .containsEntry("status", 204)
                .containsEntry("token", client.token)
                .containsEntry("messages", List.of());
        assertThat(elapsed).as("answered at the end of the one-second window").isBetween(900L, 5_000L);
    }

    @Test
    void broadcastsCrossTransportsBothWays() throws Exception {
        LpClient poller = LpClient.connect(port(), "vsn=2.0.0&token=lp");
        WsClient ws = WsClient.connect(port(), "vsn=2.0.0&token=ws");
        poller.post("[\"1\",\"1\",\"room:mixed\",\"phx_join\",{}]");
        assertThat(poller.messages(1)).hasSize(1);
        ws.send("[\"1\",\"1\",\"room:mixed\",\"phx_join\",{}]");
        ws.next();
        ws.send("[\"1\",\"2\",\"room:mixed\",\"new_msg\",{\"body\":\"from ws\"}]");
        assertThat(poller.messages(1)).containsExactly("[null,null,\"room:mixed\",\"new_msg\",{\"body\":\"from ws\"}]");
        assertThat(ws.next()).isEqualTo("[null,null,\"room:mixed\",\"new_msg\",{\"body\":\"from ws\"}]");
        poller.post("[\"1\",\"2\",\"room:mixed\",\"shout\",{}]");
        assertThat(ws.next()).isEqualTo("[null,null,\"room:mixed\",\"shout\",{\"from\":\"lp\"}]");
    }

    @Test
    void anNdjsonBatchIsDispatchedInOrderWithBase64BinaryLines() throws Exception {
        LpClient client = LpClient.connect(port(), "vsn=2.0.0");
        String binaryPush = Base64.getEncoder().encodeToString(binaryPush("1", "3", "room:batch", "size", 5));
        Map<String, Object> answer = client.postBatch(
                "[\"1\",\"1\",\"room:batch\",\"phx_join\",{}]",
                "[\"1\",\"2\",\"room:batch\",\"echo\",{\"n\":2}]",
                binaryPush,
                "[null,\"4\",\"phoenix\",\"heartbeat\",{}]");
        assertThat(answer).isEqualTo(Map.of("status", 200));
        List<String> messages = client.messages(4);
        assertThat(messages)
                .as("the heartbeat is answered by the socket, the rest in order by the channel, as in Phoenix")
                .hasSize(4)
                .anyMatch(message -> message.startsWith("[null,\"4\",\"phoenix\",\"phx_reply\""));
        List<String> channel =
                messages.stream().filter(m -> m.contains("room:batch")).toList();
        assertThat(channel.get(0)).startsWith("[\"1\",\"1\",\"room:batch\",\"phx_reply\",{\"status\":\"ok\"");
        assertThat(channel.subList(1, 3))
                .containsExactly(
                        "[\"1\",\"2\",\"room:batch\",\"phx_reply\",{\"status\":\"ok\",\"response\":{\"n\":2}}]",
                        "[\"1\",\"3\",\"room:batch\",\"phx_reply\",{\"status\":\"ok\",\"response\":{\"bytes\":5}}]");
    }

    /** A V2 binary push: kind 0, the four sizes, join_ref, ref, topic, event, then the payload. */
    private static byte[] binaryPush(String joinRef, String ref, String topic, String event, int payloadSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        for (String part : List.of(joinRef, ref, topic, event)) {
            out.write(part.length());
        }
        for (String part : List.of(joinRef, ref, topic, event)) {
            out.writeBytes(part.getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(new byte[payloadSize]);
        return out.toByteArray();
    }

    @Test
    void v1ClientsGetObjectFrames() throws Exception {
        LpClient client = LpClient.connect(port(), "vsn=1.0.0");
        client.post("{\"topic\":\"room:v1\",\"event\":\"phx_join\",\"payload\":{},\"ref\":\"1\"}");
        assertThat(client.messages(1))
                .singleElement()
                .asString()
                .startsWith("{")
                .contains("\"topic\":\"room:v1\"");
    }

    @Test
    void forgedOrUnknownTokensAnswer410() throws Exception {
        LpClient client = LpClient.connect(port(), "vsn=2.0.0");
        String forged =
                client.token.substring(0, client.token.length() - 2) + (client.token.endsWith("AA") ? "BB" : "AA");
        HttpRequest post = HttpRequest.newBuilder(URI.create(url("vsn=2.0.0&token=" + forged)))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[null,\"1\",\"phoenix\",\"heartbeat\",{}]"))
                .build();
        assertThat(LpClient.json(LpClient.HTTP.send(post, HttpResponse.BodyHandlers.ofString())))
                .isEqualTo(Map.of("status", 410));
        Map<String, Object> reopened =
                LpClient.json(LpClient.HTTP.send(LpClient.get(url("vsn=2.0.0&token=" + forged)), ofString()));
        assertThat(reopened).containsEntry("status", 410);
        assertThat(reopened.get("token")).isNotIn(forged, client.token);
    }

    @Test
    void anInactiveSessionClosesAndItsChannelsTerminateWithShutdownInactive() throws Exception {
        LpClient client = LpClient.connect(port(), "vsn=2.0.0");
        client.post("[\"1\",\"1\",\"room:idle\",\"phx_join\",{}]");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!SocketTestApplication.TERMINATED.contains("room:idle shutdown:inactive")
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(SocketTestApplication.TERMINATED).contains("room:idle shutdown:inactive");
        assertThat(client.post("[null,\"2\",\"phoenix\",\"heartbeat\",{}]")).isEqualTo(Map.of("status", 410));
    }

    @Test
    void pollingKeepsASessionAlive() throws Exception {
        LpClient client = LpClient.connect(port(), "vsn=2.0.0");
        client.post("[\"1\",\"1\",\"room:alive\",\"phx_join\",{}]");
        for (int i = 0; i < 3; i++) {
            client.poll();
        }
        assertThat(SocketTestApplication.TERMINATED).doesNotContain("room:alive shutdown:inactive");
        assertThat(client.post("[null,\"2\",\"phoenix\",\"heartbeat\",{}]")).isEqualTo(Map.of("status", 200));
    }

    @Test
    void aDisconnectBroadcastClosesTheSession() throws Exception {
        LpClient client = LpClient.connect(port(), "vsn=2.0.0&token=erin");
        client.post("[\"1\",\"1\",\"room:bye\",\"phx_join\",{}]");
        assertThat(client.messages(1)).hasSize(1);
        CompletableFuture<Map<String, Object>> waiting = client.pollAsync();
        Thread.sleep(200);
        endpoint.broadcast("user_socket:erin", "disconnect", Map.of());
        assertThat(waiting.get(5, TimeUnit.SECONDS)).containsEntry("status", 204);
        assertThat(client.post("[null,\"2\",\"phoenix\",\"heartbeat\",{}]")).isEqualTo(Map.of("status", 410));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!SocketTestApplication.TERMINATED.contains("room:bye shutdown:disconnected")
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(SocketTestApplication.TERMINATED).contains("room:bye shutdown:disconnected");
    }

    @Test
    void preflightAnswersTheCorsHeaders() throws Exception {
        HttpRequest options = HttpRequest.newBuilder(URI.create(url("vsn=2.0.0")))
                .header("origin", "https://allowed.example")
                .header("access-control-request-method", "POST")
                .header("access-control-request-headers", "content-type, x-phoenix-authtoken")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = LpClient.HTTP.send(options, ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("access-control-allow-origin")).hasValue("*");
        assertThat(response.headers().firstValue("access-control-allow-headers"))
                .hasValue("content-type, x-phoenix-authtoken");
        assertThat(response.headers().firstValue("access-control-allow-methods"))
                .hasValue("get, post, options");
        assertThat(response.headers().firstValue("access-control-max-age")).hasValue("3600");
    }

    @Test
    void foreignOriginsAreForbiddenInTheEnvelope() throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create(url("vsn=2.0.0")))
                .header("origin", "https://evil.example")
                .build();
        assertThat(LpClient.json(LpClient.HTTP.send(get, ofString()))).isEqualTo(Map.of("status", 403));
        HttpRequest allowed = HttpRequest.newBuilder(URI.create(url("vsn=2.0.0")))
                .header("origin", "https://allowed.example")
                .build();
        assertThat(LpClient.json(LpClient.HTTP.send(allowed, ofString()))).containsEntry("status", 410);
    }

    @Test
    void unknownVersionsAndRefusedConnectsAreForbidden() throws Exception {
        for (String query : List.of("vsn=3.0.0", "vsn=2.0.0&token=refuse", "vsn=2.0.0&token=throttle")) {
            assertThat(LpClient.json(LpClient.HTTP.send(LpClient.get(url(query)), ofString())))
                    .as(query)
                    .isEqualTo(Map.of("status", 403));
        }
    }

    @Test
    void undecodableFramesCloseOnlyThatSession() throws Exception {
        LpClient bad = LpClient.connect(port(), "vsn=2.0.0");
        LpClient good = LpClient.connect(port(), "vsn=2.0.0");
        assertThat(bad.post("{not json")).isEqualTo(Map.of("status", 400));
        assertThat(bad.post("[null,\"1\",\"phoenix\",\"heartbeat\",{}]")).isEqualTo(Map.of("status", 410));
        assertThat(good.post("[null,\"1\",\"phoenix\",\"heartbeat\",{}]")).isEqualTo(Map.of("status", 200));
    }

    @Test
    void otherMethodsAre400AndSocketsWithoutLongPollHaveNoLongPollPath() throws Exception {
        HttpRequest put = HttpRequest.newBuilder(URI.create(url("vsn=2.0.0")))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))
                .build();
        assertThat(LpClient.HTTP.send(put, ofString()).statusCode()).isEqualTo(400);
        HttpRequest plain = LpClient.get("http://localhost:" + port() + "/socket/longpoll?vsn=2.0.0");
        assertThat(LpClient.HTTP.send(plain, ofString()).statusCode()).isEqualTo(404);
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }
}
