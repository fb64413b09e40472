package io.phoenixspring.benchmarks.ws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * One selector thread and the connections it owns. Other threads reach a connection only through {@link #execute},
 * so a connection's state is never shared.
 */
final class Loop implements Runnable {

    private final Selector selector;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final List<WsConnection> connections = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    Loop(String name) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a selector", e);
        }
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    Selector selector() {
        return selector;
    }

    /** Runs {@code task} on this loop's thread. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    /** Adds and starts {@code connection}, on this loop's thread. */
    void open(WsConnection connection) {
        execute(() -> {
            connections.add(connection);
            connection.start();
        });
    }

    /** Runs {@code action} on every connection of this loop, on its thread, then {@code done}. */
    void forEach(Consumer<WsConnection> action, Runnable done) {
        execute(() -> {
            connections.forEach(action);
            done.run();
        });
    }

    @Override
    public void run() {
        while (running) {
            try {
                selector.select();
            } catch (IOException e) {
                throw new UncheckedIOException("the selector failed", e);
            }
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    System.err.println(thread.getName() + ": a task failed: " + e);
                }
            }
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                ((WsConnection) key.attachment()).ready(key);
            }
        }
    }

    /** Resets every connection and stops the thread. */
    void stop() {
        execute(() -> {
            connections.forEach(WsConnection::abort);
            connections.clear();
            running = false;
        });
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            selector.close();
        } catch (IOException e) {
            // stopping anyway
        }
    }
}
