package io.phoenixspring.channel.internal;

import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import io.phoenixspring.pubsub.Dispatcher;
import io.phoenixspring.pubsub.Subscriber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Delivers channel broadcasts as {@code Phoenix.Channel.Server}'s dispatcher does: a broadcast is encoded once per
 * serializer and the frame written to every subscribed connection; only intercepted events go through the channel's
 * {@code handleOut}; other subscribers get the broadcast itself.
 *
 * <p>Given a fan-out pool, a broadcast to more than {@value #SLICE} subscribers is written in slices of that many
 * from the pool's threads and the broadcasting one together, as the BEAM spreads Phoenix's fastlane sends over its
 * schedulers; the broadcasting thread returns when every slice is written, so broadcasts from one thread reach each
 * subscriber in order. Writes are asynchronous, so a slice never waits on a client. A broadcast made on a pool thread
 * (by a subscriber's own {@code deliver}) is written on that thread alone, so the pool never waits on itself.
 */
public final class FastlaneDispatcher implements Dispatcher, AutoCloseable {

    /** Subscribers per slice of a fanned-out broadcast. */
    static final int SLICE = 1024;

    private final AtomicLong encodes = new AtomicLong();
    private final @Nullable ExecutorService fanout;

    /** Writes each broadcast on the broadcasting thread. */
    public FastlaneDispatcher() {
        this.fanout = null;
    }

    /** Writes broadcasts to more than {@value #SLICE} subscribers in slices, on {@code threads} threads of its own. */
    public FastlaneDispatcher(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.fanout = Executors.newFixedThreadPool(
                threads, runnable -> new FanoutThread(runnable, "phoenix-fanout-" + count.incrementAndGet()));
    }

    /** A thread of the fan-out pool: broadcasts made on it are not fanned out again. */
    private static final class FanoutThread extends Thread {

        FanoutThread(Runnable runnable, String name) {
            super(runnable, name);
            setDaemon(true);
        }
    }

    @Override
    public void dispatch(List<Subscriber> subscribers, @Nullable Subscriber from, Object message) {
        if (!(message instanceof Broadcast broadcast)) {
            Dispatcher.DEFAULT.dispatch(subscribers, from, message);
            return;
        }
        Map<Serializer, Frame> frames = new ConcurrentHashMap<>(4);
        ExecutorService pool = fanout;
        if (pool == null
                || subscribers.size() <= SLICE
                || pool.isShutdown()
                || Thread.currentThread() instanceof FanoutThread) {
            deliver(subscribers, from, broadcast, frames);
            return;
        }
        // The slices read one snapshot: the topic's list may change (joins, leaves) while they are written.
        List<Subscriber> all = Arrays.asList(subscribers.toArray(new Subscriber[0]));
        int n = all.size();
        List<Future<?>> slices = new ArrayList<>();
        for (int start = SLICE; start < n; start += SLICE) {
            List<Subscriber> slice = all.subList(start, Math.min(n, start + SLICE));
            try {
                slices.add(pool.submit(() -> deliver(slice, from, broadcast, frames)));
            } catch (RejectedExecutionException e) {
                deliver(slice, from, broadcast, frames);
            }
        }
        deliver(all.subList(0, Math.min(n, SLICE)), from, broadcast, frames);
        awaitAll(slices);
    }

    private static void awaitAll(List<Future<?>> slices) {
        RuntimeException failed = null;
        for (Future<?> slice : slices) {
            try {
                slice.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                failed = e.getCause() instanceof RuntimeException cause
                        ? cause
                        : new IllegalStateException("a broadcast's slice failed", e.getCause());
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void deliver(
            List<Subscriber> subscribers,
            @Nullable Subscriber from,
            Broadcast broadcast,
            Map<Serializer, Frame> frames) {
        Serializer lastSerializer = null;
        Frame lastFrame = null;
        for (Subscriber subscriber : subscribers) {
            if (subscriber == from) {
                continue;
            }
            if (!(subscriber instanceof ChannelServer channel)) {
                subscriber.deliver(broadcast);
                continue;
            }
            if (channel.intercepts().contains(broadcast.event()) || !channel.fastlaneReady()) {
                channel.deliver(broadcast);
                continue;
            }
            if (!channel.transport().encodesBroadcasts()) {
                channel.transport()
                        .send(new Message(null, null, broadcast.topic(), broadcast.event(), broadcast.payload()));
                continue;
            }
            Serializer serializer = channel.transport().serializer();
            Frame frame;
            if (serializer == lastSerializer) {
                frame = lastFrame;
            } else {
                frame = frames.computeIfAbsent(serializer, s -> {
                    encodes.incrementAndGet();
                    return s.encodeBroadcast(broadcast);
                });
                lastSerializer = serializer;
                lastFrame = frame;
            }
            channel.transport().sendEncoded(frame);
        }
    }

    /**
     * Stops the fan-out pool (slices already given to it are written); later broadcasts are written on the
     * broadcasting thread.
     */
    @Override
    public void close() {
        if (fanout != null) {
            fanout.shutdown();
        }
    }

    /** How many broadcast encodings this dispatcher made, for tests and metrics. */
    public long encodes() {
        return encodes.get();
    }
}
