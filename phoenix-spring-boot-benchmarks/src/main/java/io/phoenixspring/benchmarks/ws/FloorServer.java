package io.phoenixspring.benchmarks.ws;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor for a broadcast: a raw NIO server on one thread that upgrades WebSockets on any path and, on
 * {@code POST /bench/broadcast}, encodes one unmasked text frame shaped like Phoenix's broadcast and writes it to every
 * connection with non-blocking writes ({@code --bench.floor.writers=N}: from N threads, each a slice of the
 * connections). Nothing a framework does can deliver faster on the same machine. It also
 * answers {@code GET /bench/heap} and {@code GET /bench/stats} as the other servers do.
 *
 * <p>Usage: {@code FloorServer --server.port=<port>} (other arguments are ignored, so that it starts as the other
 * servers do).
 */
public final class FloorServer {

    private final Selector selector;
    private final ServerSocketChannel server;
    private final Set<FloorConnection> websockets = new LinkedHashSet<>();
    private final ExecutorService writers;
    private final int writerCount;
    private long encodes;

    private FloorServer(int port, int writerCount) throws IOException {
        this.writerCount = writerCount;
        this.writers = Executors.newFixedThreadPool(writerCount);
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(port), 4096);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
    }

    public static void main(String[] args) throws IOException {
        int port = 4813;
        int writers = 1;
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            } else if (arg.startsWith("--bench.floor.writers=")) {
                writers = Integer.parseInt(arg.substring("--bench.floor.writers=".length()));
            }
        }
        new FloorServer(port, writers).run();
    }

    private void run() throws IOException {
        while (true) {
            selector.select();
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                if (key.isAcceptable()) {
                    accept();
                } else {
                    ((FloorConnection) key.attachment()).ready(key);
                }
            }
        }
    }

    private void accept() throws IOException {
        for (SocketChannel channel = server.accept(); channel != null; channel = server.accept()) {
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            key.attach(new FloorConnection(this, channel, key));
        }
    }

    void upgraded(FloorConnection connection) {
        websockets.add(connection);
    }

    void closed(FloorConnection connection) {
        websockets.remove(connection);
    }

    /** Answers an HTTP request that is not an upgrade; returns the JSON body, or null for a 404. */
    String answer(String method, String target) {
        if (method.equals("POST") && target.startsWith("/bench/broadcast")) {
            long start = System.nanoTime();
            broadcast();
            return "{\"dispatch_ns\":" + (System.nanoTime() - start) + "}";
        }
        if (target.equals("/bench/heap")) {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return "{\"used\":"
                    + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() + "}";
        }
        if (target.equals("/bench/stats")) {
            return "{\"encodes\":" + encodes + ",\"subscriptions\":" + websockets.size() + "}";
        }
        return "";
    }

    /** Encodes the frame once and writes it to every WebSocket. */
    private void broadcast() {
        String text = "[null,null,\"room:bench\",\"tick\",{\"sent_at\":" + System.currentTimeMillis() + "}]";
        ByteBuffer frame = WsFrames.unmaskedText(text.getBytes(StandardCharsets.UTF_8));
        encodes++;
        FloorConnection[] all = websockets.toArray(new FloorConnection[0]);
        if (writerCount == 1) {
            writeAll(all, 0, all.length, frame);
            return;
        }
        // Slices of the connections written by threads of their own while the selector thread waits, so that no
        // connection is touched by two threads at once.
        List<Future<?>> slices = new ArrayList<>();
        int slice = (all.length + writerCount - 1) / writerCount;
        for (int from = 0; from < all.length; from += slice) {
            int start = from;
            int end = Math.min(all.length, from + slice);
            slices.add(writers.submit(() -> writeAll(all, start, end, frame)));
        }
        for (Future<?> done : slices) {
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static void writeAll(FloorConnection[] connections, int from, int to, ByteBuffer frame) {
        for (int i = from; i < to; i++) {
            connections[i].write(frame.duplicate());
        }
    }
}
