package io.phoenixspring.benchmarks.ws;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * One client WebSocket on a {@link Loop}: the HTTP upgrade, then masked frames out and unmasked frames in, each text
 * frame handed to the {@link Protocol}. Every method runs on the loop's thread.
 */
final class WsConnection {

    private enum State {
        CONNECTING,
        HANDSHAKE,
        OPEN,
        CLOSED
    }

    private final Loop loop;
    private final Protocol protocol;
    private final Tally tally;
    private final InetSocketAddress address;
    private final ArrayDeque<ByteBuffer> out = new ArrayDeque<>(2);
    private @Nullable SocketChannel channel;
    private @Nullable SelectionKey key;
    private ByteBuffer in = ByteBuffer.allocate(512);
    private State state = State.CONNECTING;
    private @Nullable String wsKey;
    private @Nullable StringBuilder fragments;
    private long nextRef = 2;
    private boolean joined;

    /** The protocol's own progress on this connection, such as STOMP receipts seen. */
    int stage;

    /** Heartbeats this connection sent and heartbeat answers it received. */
    long heartbeatsSent;

    long heartbeatAnswers;

    WsConnection(Loop loop, Protocol protocol, Tally tally, InetSocketAddress address) {
        this.loop = loop;
        this.protocol = protocol;
        this.tally = tally;
        this.address = address;
    }

    /** Starts connecting; the loop calls {@link #ready} from then on. */
    void start() {
        try {
            SocketChannel opened = SocketChannel.open();
            channel = opened;
            opened.configureBlocking(false);
            opened.setOption(StandardSocketOptions.TCP_NODELAY, true);
            boolean connected = opened.connect(address);
            key = opened.register(loop.selector(), connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, this);
            if (connected) {
                upgrade();
            }
        } catch (IOException e) {
            closed("connecting to " + address + " failed: " + e);
        }
    }

    /** Handles what the selector found ready. */
    void ready(SelectionKey readyKey) {
        try {
            if (readyKey.isConnectable()) {
                channel().finishConnect();
                readyKey.interestOps(SelectionKey.OP_READ);
                upgrade();
            }
            if (readyKey.isValid() && readyKey.isReadable()) {
                read();
            }
            if (readyKey.isValid() && readyKey.isWritable()) {
                flush();
            }
        } catch (IOException | RuntimeException e) {
            closed(e.toString());
        }
    }

    private void upgrade() {
        state = State.HANDSHAKE;
        wsKey = WsFrames.newKey();
        String request = "GET " + protocol.path() + " HTTP/1.1\r\nHost: localhost:" + address.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + wsKey
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
    }

    // ================================================================ reading

    private void read() throws IOException {
        if (channel().read(in) < 0) {
            closed("the server closed the connection");
            return;
        }
        in.flip();
        if (state == State.HANDSHAKE && !handshake()) {
            in.compact();
            return;
        }
        while (state == State.OPEN && frame()) {
            // one frame at a time
        }
        in.compact();
    }

    private boolean handshake() {
        String head = StandardCharsets.US_ASCII.decode(in.duplicate()).toString();
        int end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (in.limit() == in.capacity()) {
                ensureCapacity(in.capacity() + 512);
            }
            return false;
        }
        String expected = "sec-websocket-accept: "
                + WsFrames.acceptKey(String.valueOf(wsKey)).toLowerCase();
        if (!head.startsWith("HTTP/1.1 101") || !head.toLowerCase().contains(expected)) {
            closed("expected a 101 upgrade to " + protocol.path() + ", got: "
                    + head.lines().findFirst().orElse(""));
            return false;
        }
        in.position(in.position() + end + 4);
        state = State.OPEN;
        Protocol.Received opened = protocol.opened(this);
        if (opened == Protocol.Received.JOINED) {
            onReceived(opened, "");
        }
        return true;
    }

    /** Reads one whole frame if the buffer holds one; grows the buffer for a larger one. */
    private boolean frame() {
        int start = in.position();
        int available = in.remaining();
        if (available < 2) {
            return false;
        }
        int b0 = in.get(start) & 0xff;
        int b1 = in.get(start + 1) & 0xff;
        long length = b1 & 0x7f;
        int header = 2;
        if (length == 126) {
            header = 4;
            length = available < header ? -1 : in.getShort(start + 2) & 0xffff;
        } else if (length == 127) {
            header = 10;
            length = available < header ? -1 : in.getLong(start + 2);
        }
        if (length < 0 || available < header + length) {
            ensureCapacity(length < 0 ? 16 : header + (int) length);
            return false;
        }
        if ((b1 & 0x80) != 0) {
            closed("the server sent a masked frame, which RFC 6455 forbids");
            return false;
        }
        byte[] payload = new byte[(int) length];
        in.position(start + header);
        in.get(payload);
        onFrame((b0 & 0x80) != 0, b0 & 0x0f, payload);
        return true;
    }

    private void ensureCapacity(int size) {
        if (size > in.capacity()) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(size, in.capacity() * 2));
            larger.put(in).flip();
            in = larger;
        }
    }

    private void onFrame(boolean fin, int opcode, byte[] payload) {
        switch (opcode) {
            case WsFrames.TEXT, WsFrames.CONTINUATION -> onText(fin, new String(payload, StandardCharsets.UTF_8));
            case WsFrames.PING -> write(WsFrames.masked(WsFrames.PONG, payload));
            case WsFrames.CLOSE -> closed("the server closed the WebSocket with " + closeCode(payload));
            default -> {
                // pongs and binary frames are not part of the measurements
            }
        }
    }

    private static String closeCode(byte[] payload) {
        return payload.length < 2
                ? "no code"
                : ((payload[0] & 0xff) << 8 | (payload[1] & 0xff)) + " "
                        + new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
    }

    private void onText(boolean fin, String part) {
        if (fin && fragments == null) {
            onReceived(protocol.received(this, part), part);
            return;
        }
        StringBuilder parts = fragments == null ? new StringBuilder() : fragments;
        parts.append(part);
        fragments = fin ? null : parts;
        if (fin) {
            String text = parts.toString();
            onReceived(protocol.received(this, text), text);
        }
    }

    private void onReceived(Protocol.Received received, String text) {
        switch (received) {
            case JOINED -> {
                joined = true;
                tally.joined();
            }
            case BROADCAST -> tally.broadcast(System.nanoTime());
            case REPLY -> {
                tally.replies.increment();
                if (tally.closedLoop()) {
                    ping();
                }
            }
            case HEARTBEAT -> {
                heartbeatAnswers++;
                tally.heartbeatAnswers.increment();
            }
            case ERROR -> tally.error(text);
            case NONE -> {
                // a protocol step, already answered
            }
        }
    }

    // ================================================================ writing

    /** Sends {@code text} in a masked text frame. */
    void send(String text) {
        write(WsFrames.maskedText(text));
    }

    /** Sends the next ping. */
    void ping() {
        if (state == State.OPEN) {
            send(protocol.ping(nextRef++));
        }
    }

    /** Sends a heartbeat, if the protocol has client heartbeats. */
    void heartbeat() {
        if (state == State.OPEN) {
            protocol.heartbeat(nextRef++).ifPresent(beat -> {
                heartbeatsSent++;
                tally.heartbeatsSent.increment();
                send(beat);
            });
        }
    }

    private void write(ByteBuffer bytes) {
        if (state == State.CLOSED) {
            return;
        }
        out.add(bytes);
        try {
            flush();
        } catch (IOException e) {
            closed("writing failed: " + e);
        }
    }

    private void flush() throws IOException {
        while (!out.isEmpty()) {
            ByteBuffer head = out.peek();
            channel().write(head);
            if (head.hasRemaining()) {
                key().interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                return;
            }
            out.poll();
        }
        SelectionKey current = key;
        if (current != null && current.isValid() && (current.interestOps() & SelectionKey.OP_WRITE) != 0) {
            current.interestOps(SelectionKey.OP_READ);
        }
    }

    // ================================================================ closing

    /** Whether the connection is open and joined. */
    boolean isJoined() {
        return joined && state == State.OPEN;
    }

    /** Closes with a reset, as the client ends a run: no close handshake, no TIME_WAIT left behind. */
    void abort() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        try {
            channel().setOption(StandardSocketOptions.SO_LINGER, 0);
            channel().close();
        } catch (IOException | RuntimeException e) {
            // closing anyway
        }
    }

    private void closed(String reason) {
        if (state == State.CLOSED) {
            return;
        }
        abort();
        tally.closed(joined, reason);
    }

    private SocketChannel channel() {
        SocketChannel current = channel;
        if (current == null) {
            throw new IllegalStateException("the connection was not started");
        }
        return current;
    }

    private SelectionKey key() {
        SelectionKey current = key;
        if (current == null) {
            throw new IllegalStateException("the connection was not started");
        }
        return current;
    }
}
