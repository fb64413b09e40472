package io.phoenixspring.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.JoinResult;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.channel.Transport;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.pubsub.Subscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Broadcasts to more subscribers than a slice, written from the fan-out pool and the broadcasting thread. */
class FastlaneDispatcherTests {

    private static final int SUBSCRIBERS = 3 * FastlaneDispatcher.SLICE + 17;

    private final PubSub pubSub = PubSub.local();
    /** One pool thread: were a broadcast made on it fanned out again, it would wait on itself. */
    private final FastlaneDispatcher fastlane = new FastlaneDispatcher(1);

    private final AtomicInteger encodes = new AtomicInteger();
    private final Serializer serializer = new CountingSerializer();
    private final Set<String> writerThreads = ConcurrentHashMap.newKeySet();

    FastlaneDispatcherTests() {
        pubSub.registerDispatcher(ChannelServer.DISPATCHER, fastlane);
    }

    @AfterEach
    void close() {
        fastlane.close();
    }

    @Test
    void everySubscriberGetsOneFrameEncodedOnceAndTheSenderNone() {
        List<Connection> connections = join(SUBSCRIBERS);
        ChannelServer sender = connections.get(FastlaneDispatcher.SLICE + 3).server;

        pubSub.broadcastFrom(sender, "room:1", new Broadcast("room:1", "a", Map.of()), ChannelServer.DISPATCHER);

        for (Connection connection : connections) {
            if (connection.server == sender) {
                assertThat(connection.frames).isEmpty();
            } else {
                assertThat(connection.frames).containsExactly("broadcast a");
            }
        }
        assertThat(encodes).hasValue(1);
        assertThat(fastlane.encodes()).isEqualTo(1);
        assertThat(writerThreads).hasSizeGreaterThan(1);
    }

    @Test
    void broadcastsFromOneThreadReachEachSubscriberInOrder() {
        List<Connection> connections = join(SUBSCRIBERS);

        for (int i = 0; i < 20; i++) {
            pubSub.broadcast("room:1", new Broadcast("room:1", "e" + i, Map.of()), ChannelServer.DISPATCHER);
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add("broadcast e" + i);
        }
        for (Connection connection : connections) {
            assertThat(connection.frames).containsExactlyElementsOf(expected);
        }
        assertThat(encodes).hasValue(20);
    }

    @Test
    void aSubscriberThatBroadcastsToAnotherLargeTopicFromThePoolDoesNotStallIt() {
        List<Connection> others = join(SUBSCRIBERS, "room:2");
        join(SUBSCRIBERS, "room:1");
        AtomicInteger relayed = new AtomicInteger();
        Subscriber relay = message -> {
            relayed.incrementAndGet();
            pubSub.broadcast("room:2", new Broadcast("room:2", "relayed", Map.of()), ChannelServer.DISPATCHER);
        };
        pubSub.subscribe("room:1", relay);

        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> pubSub.broadcast("room:1", new Broadcast("room:1", "a", Map.of()), ChannelServer.DISPATCHER));

        assertThat(relayed).hasValue(1);
        for (Connection other : others) {
            assertThat(other.frames).containsExactly("broadcast relayed");
        }
    }

    @Test
    void aSubscriberJoiningWhileABroadcastIsWrittenCostsNoOtherSubscriberItsFrame() {
        // The caller's slice begins with a subscriber that changes the topic's list; the pool's first slice begins
        // with one that waits for that change, so the pool's later slices start after it.
        CountDownLatch changed = new CountDownLatch(1);
        pubSub.subscribe("room:1", message -> {
            pubSub.subscribe("room:1", later -> {});
            changed.countDown();
        });
        List<Connection> connections = new ArrayList<>(join(FastlaneDispatcher.SLICE - 1));
        pubSub.subscribe("room:1", message -> awaitQuietly(changed));
        connections.addAll(join(2 * FastlaneDispatcher.SLICE + 100));

        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> pubSub.broadcast("room:1", new Broadcast("room:1", "a", Map.of()), ChannelServer.DISPATCHER));

        assertThat(changed.getCount()).isZero();
        assertThat(connections).allSatisfy(c -> assertThat(c.frames).containsExactly("broadcast a"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void afterCloseBroadcastsAreWrittenOnTheBroadcastingThread() {
        List<Connection> connections = join(SUBSCRIBERS);
        fastlane.close();

        pubSub.broadcast("room:1", new Broadcast("room:1", "a", Map.of()), ChannelServer.DISPATCHER);

        assertThat(connections).allSatisfy(c -> assertThat(c.frames).containsExactly("broadcast a"));
        assertThat(writerThreads).containsExactly(Thread.currentThread().getName());
    }

    private List<Connection> join(int count) {
        return join(count, "room:1");
    }

    private List<Connection> join(int count, String topic) {
        Channel channel = (t, payload, socket) -> JoinResult.ok(socket);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Connection connection = new Connection();
            connection.server = new ChannelServer(
                    channel, topic, "1", Socket.create("test"), connection, pubSub, Runnable::run, stopped -> {});
            assertThat(connection.server.join("1", Map.of())).isTrue();
            connection.frames.clear();
            connections.add(connection);
        }
        writerThreads.clear();
        return connections;
    }

    /** A connection's transport: records what is written to it, and the threads that write broadcasts. */
    private final class Connection implements Transport {

        final List<String> frames = new CopyOnWriteArrayList<>();
        ChannelServer server;

        @Override
        public void send(Message message) {
            frames.add(message.event());
        }

        @Override
        public void sendEncoded(Frame frame) {
            writerThreads.add(Thread.currentThread().getName());
            frames.add(String.valueOf(frame.text()));
        }

        @Override
        public Serializer serializer() {
            return serializer;
        }

        @Override
        public String name() {
            return "test";
        }
    }

    /** The serializer every connection shares: counts its broadcast encodings. */
    private final class CountingSerializer implements Serializer {

        @Override
        public String version() {
            return "2.0.0";
        }

        @Override
        public Frame encode(Message message) {
            return Frame.text(message.event());
        }

        @Override
        public Frame encodeBroadcast(Broadcast broadcast) {
            encodes.incrementAndGet();
            return Frame.text("broadcast " + broadcast.event());
        }

        @Override
        public Message decode(Frame frame) {
            throw new UnsupportedOperationException();
        }
    }
}
