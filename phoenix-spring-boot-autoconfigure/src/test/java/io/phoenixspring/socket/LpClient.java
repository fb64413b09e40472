package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.json.JsonMapper;

/** A raw long-poll client for wire tests, speaking to {@code /lp/longpoll} as phoenix.js's LongPoll does. */
final class LpClient {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = new JsonMapper();

    final String base;
    final String token;

    private LpClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Opens a session with {@code query} as connect params (asserting the 410 that opens it). */
    static LpClient connect(int port, String query) throws Exception {
        String base = "http://localhost:" + port + "/lp/longpoll?" + query;
        Map<String, Object> opened = json(HTTP.send(get(base), HttpResponse.BodyHandlers.ofString()));
        assertThat(opened).containsEntry("status", 410).containsEntry("messages", List.of());
        return new LpClient(base, (String) opened.get("token"));
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("accept", "application/json")
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("long-poll answers are HTTP 200").isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse(""))
                .startsWith("application/json")
                .containsIgnoringCase("charset=utf-8");
        assertThat(response.headers().firstValue("access-control-allow-origin")).hasValue("*");
        return JSON.readValue(response.body(), Map.class);
    }

    String url() {
        return base + "&token=" + token;
    }

    /** One poll. */
    Map<String, Object> poll() throws Exception {
        return json(HTTP.send(get(url()), HttpResponse.BodyHandlers.ofString()));
    }

    CompletableFuture<Map<String, Object>> pollAsync() {
        return HTTP.sendAsync(get(url()), HttpResponse.BodyHandlers.ofString()).thenApply(LpClient::json);
    }

    /** Polls until {@code count} messages came (or 10 s passed), as phoenix.js keeps polling. */
    @SuppressWarnings("unchecked")
    List<String> messages(int count) throws Exception {
        List<String> messages = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (messages.size() < count && System.nanoTime() < deadline) {
            Map<String, Object> answer = poll();
            assertThat(answer).containsEntry("token", token);
            messages.addAll((List<String>) answer.get("messages"));
        }
        return messages;
    }

    /** POSTs one frame, as phoenix.js 1.5/1.6 did. */
    Map<String, Object> post(String frame) throws Exception {
        return post("application/json", frame);
    }

    /** POSTs a batch, one frame per line, as phoenix.js 1.7+ does. */
    Map<String, Object> postBatch(String... lines) throws Exception {
        return post("application/x-ndjson", String.join("\n", lines));
    }

    Map<String, Object> post(String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url()))
                .header("content-type", contentType)
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return json(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
    }
}
