package io.phoenixspring.benchmarks.ws;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code /bench} routes every server under test has: {@code POST /bench/broadcast?topic=}, {@code GET
 * /bench/heap} (used heap after full GCs) and {@code GET /bench/stats} (broadcast encodings).
 */
final class BenchHttp {

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    BenchHttp(int port) {
        this.base = "http://localhost:" + port + "/bench";
    }

    /** Has the server broadcast to {@code topic}; returns when it answered. */
    void broadcast(String topic) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(base + "/broadcast?topic=" + topic))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The server's used heap after full GCs, in bytes. */
    long heap() throws IOException, InterruptedException {
        return number(send(HttpRequest.newBuilder(URI.create(base + "/heap"))), "used");
    }

    /** How many broadcast encodings (frames encoded for clients) the server made so far. */
    long encodes() throws IOException, InterruptedException {
        return number(send(HttpRequest.newBuilder(URI.create(base + "/stats"))), "encodes");
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("expected a number \"" + name + "\" in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }
}
