package io.phoenixspring.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of the channel harness, in its own JVM: opens N WebSocket connections, joins each to one topic,
 * measures the server's heap per idle joined connection, then times broadcasts from the server's call to the last
 * client's receipt. Usage: {@code FanoutClient <port> <connections> <broadcasts>}.
 */
public final class FanoutClient {

    private FanoutClient() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int connections = Integer.parseInt(args[1]);
        int broadcasts = Integer.parseInt(args[2]);
        String base = "http://localhost:" + port;
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(4))
                .build();

        long heapBefore = heap(http, base);
        List<WebSocket> sockets = new ArrayList<>(connections);
        AtomicLong lastReceipt = new AtomicLong();
        CountDownLatch[] round = {new CountDownLatch(connections)};
        CountDownLatch joined = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            Listener listener = new Listener(joined, round, lastReceipt);
            WebSocket socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/socket/websocket?vsn=2.0.0"), listener)
                    .get(30, TimeUnit.SECONDS);
            socket.sendText("[\"1\",\"1\",\"room:bench\",\"phx_join\",{}]", true);
            sockets.add(socket);
        }
        if (!joined.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + (connections - joined.getCount()) + " joined");
        }
        long heapAfter = heap(http, base);
        System.out.printf(
                "connections=%d heap_before=%d heap_after=%d heap_per_connection_bytes=%d%n",
                connections, heapBefore, heapAfter, (heapAfter - heapBefore) / connections);

        long encodesBefore = encodes(http, base);
        long[] millis = new long[broadcasts];
        for (int b = 0; b < broadcasts; b++) {
            round[0] = new CountDownLatch(connections);
            long start = System.nanoTime();
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/bench/broadcast?topic=room:bench"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!round[0].await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("broadcast " + b + " reached " + (connections - round[0].getCount()));
            }
            millis[b] = TimeUnit.NANOSECONDS.toMicros(lastReceipt.get() - start);
            Thread.sleep(200);
        }
        long encodes = encodes(http, base) - encodesBefore;
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "broadcasts=%d to_last_delivery_us median=%d min=%d max=%d encodes_per_broadcast=%.2f%n",
                broadcasts,
                sorted[sorted.length / 2],
                sorted[0],
                sorted[sorted.length - 1],
                (double) encodes / broadcasts);
        for (WebSocket socket : sockets) {
            socket.abort();
        }
        System.exit(0);
    }

    private static long heap(HttpClient http, String base) throws Exception {
        String body = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/bench/heap")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return Long.parseLong(body.replaceAll("[^0-9]", ""));
    }

    private static long encodes(HttpClient http, String base) throws Exception {
        String body = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/bench/stats"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return Long.parseLong(body.replaceAll(".*\"encodes\":(\\d+).*", "$1"));
    }

    private static final class Listener implements WebSocket.Listener {
        private final CountDownLatch joined;
        private final CountDownLatch[] round;
        private final AtomicLong lastReceipt;
        private boolean isJoined;

        Listener(CountDownLatch joined, CountDownLatch[] round, AtomicLong lastReceipt) {
            this.joined = joined;
            this.round = round;
            this.lastReceipt = lastReceipt;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (!isJoined) {
                isJoined = true;
                joined.countDown();
            } else if (data.toString().contains("\"tick\"")) {
                lastReceipt.accumulateAndGet(System.nanoTime(), Math::max);
                round[0].countDown();
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
