package io.phoenixspring.benchmarks.ws;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * One connection of the {@link FloorServer}: HTTP/1.1 requests until an upgrade, then a WebSocket whose incoming frames
 * are discarded and whose outgoing frames are written without blocking, the rest queued for when it is writable.
 */
final class FloorConnection {

    private final FloorServer server;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>(1);
    private ByteBuffer in = ByteBuffer.allocate(1024);
    private boolean websocket;

    FloorConnection(FloorServer server, SocketChannel channel, SelectionKey key) {
        this.server = server;
        this.channel = channel;
        this.key = key;
    }

    void ready(SelectionKey readyKey) {
        try {
            if (readyKey.isReadable()) {
                read();
            }
            if (readyKey.isValid() && readyKey.isWritable()) {
                flush();
            }
        } catch (IOException | RuntimeException e) {
            close();
        }
    }

    private void read() throws IOException {
        if (channel.read(in) < 0) {
            close();
            return;
        }
        if (websocket) {
            in.clear();
            return;
        }
        String received = new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII);
        int end = received.indexOf("\r\n\r\n");
        if (end < 0) {
            if (!in.hasRemaining()) {
                in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
            }
            return;
        }
        in.clear();
        request(received.substring(0, end));
    }

    private void request(String head) {
        String[] line = head.substring(0, head.indexOf("\r\n")).split(" ");
        String lower = head.toLowerCase(Locale.ROOT);
        int keyAt = lower.indexOf("sec-websocket-key:");
        if (keyAt >= 0) {
            String wsKey = head.substring(keyAt + "sec-websocket-key:".length(), head.indexOf("\r\n", keyAt));
            write(ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + WsFrames.acceptKey(wsKey) + "\r\n\r\n"));
            websocket = true;
            server.upgraded(this);
            return;
        }
        String body = server.answer(line[0], line[1]);
        String status = body.isEmpty() ? "404 Not Found" : "200 OK";
        write(ascii("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body));
    }

    private static ByteBuffer ascii(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes {@code bytes} now as far as the socket takes them; the rest when it is writable. */
    void write(ByteBuffer bytes) {
        pending.add(bytes);
        try {
            flush();
        } catch (IOException e) {
            close();
        }
    }

    private void flush() throws IOException {
        while (!pending.isEmpty()) {
            ByteBuffer head = pending.peek();
            channel.write(head);
            if (head.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                return;
            }
            pending.poll();
        }
        if (key.isValid() && (key.interestOps() & SelectionKey.OP_WRITE) != 0) {
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    private void close() {
        server.closed(this);
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            // closed anyway
        }
    }
}
