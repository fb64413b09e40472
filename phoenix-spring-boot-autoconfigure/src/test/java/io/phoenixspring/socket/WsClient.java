package io.phoenixspring.socket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A raw WebSocket client for wire tests: frames in a queue, the close code remembered. */
final class WsClient implements WebSocket.Listener {

    final BlockingQueue<Object> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();
    WebSocket socket;

    static WsClient connect(int port, String query) throws Exception {
        return connect(port, query, Map.of());
    }

    static WsClient connect(int port, String query, Map<String, String> headers) throws Exception {
        WsClient client = new WsClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        client.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/socket/websocket?" + query), client)
                .get(10, TimeUnit.SECONDS);
        return client;
    }

    void send(String frame) {
        socket.sendText(frame, true).join();
    }

    void sendBinary(byte[] frame) {
        socket.sendBinary(ByteBuffer.wrap(frame), true).join();
    }

    String next() throws InterruptedException {
        Object frame = frames.poll(5, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within 5 seconds");
        }
        return frame instanceof byte[] bytes
                ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                : (String) frame;
    }

    byte[] nextBinary() throws InterruptedException {
        Object frame = frames.poll(5, TimeUnit.SECONDS);
        if (!(frame instanceof byte[] bytes)) {
            throw new AssertionError("expected a binary frame, got " + frame);
        }
        return bytes;
    }

    Object poll(Duration wait) throws InterruptedException {
        return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    int closeCode() throws Exception {
        return closed.get(10, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            frames.add(text.toString());
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        binary.writeBytes(bytes);
        if (last) {
            frames.add(binary.toByteArray());
            binary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }
}
