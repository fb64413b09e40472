package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.token.PhoenixToken;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chat's metrics at {@code /actuator/prometheus}, after real HTTP and WebSocket traffic. */
@ChatServerTest
class PrometheusMetricsTests {

    @LocalServerPort
    int port;

    @Autowired
    PhoenixToken tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String scrape, String series) {
        Matcher line =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(line.find()).as("a series %s in%n%s", series, scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }

    @Test
    void phoenixsMetricsTheLiveGaugesAndTheJvmAreScraped() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(
                        URI.create("ws://localhost:" + port + "/socket/websocket?vsn=2.0.0&token="
                                + tokens.sign("user socket", 7)),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                frames.add(data.toString());
                                ws.request(1);
                                return null;
                            }
                        })
                .get(10, TimeUnit.SECONDS);
        socket.sendText("[\"1\",\"1\",\"room:lobby\",\"phx_join\",{}]", true).join();
        assertThat(frames.poll(5, TimeUnit.SECONDS)).contains("\"ok\"");
        socket.sendText("[\"1\",\"2\",\"room:lobby\",\"ping\",{\"n\":1}]", true).join();
        assertThat(frames.poll(5, TimeUnit.SECONDS)).contains("pong");

        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        String scrape = response.body();

        assertThat(value(scrape, "phoenix_router_dispatch_stop_duration_milliseconds_count{route=\"/\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "phoenix_endpoint_stop_duration_milliseconds_count"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "phoenix_channel_joined_duration_milliseconds_count"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "phoenix_channel_handled_in_duration_milliseconds_count{event=\"ping\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "phoenix_socket_connections{socket=\"UserSocket\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "phoenix_channels_joined{socket=\"UserSocket\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "phoenix_pubsub_subscriptions")).isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("http_server_requests_seconds_count{", "uri=\"/\"");
        for (String jvm : List.of("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds")) {
            assertThat(scrape).contains(jvm);
        }
        assertThat(value(scrape, "system_cpu_count")).isPositive();

        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
}
