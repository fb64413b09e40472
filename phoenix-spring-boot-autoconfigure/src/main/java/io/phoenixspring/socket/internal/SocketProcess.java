package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.channel.Transport;
import io.phoenixspring.channel.internal.ChannelServer;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.pubsub.Subscriber;
import io.phoenixspring.socket.ChannelRoutes;
import io.phoenixspring.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's socket, as Phoenix's socket process: answers heartbeats, routes joins by topic to channels (one
 * channel server per joined topic), forwards pushes and leaves, and answers {@code unmatched topic} for the rest.
 * Frames of one connection are handled in order; a join waits for the channel's {@code join}.
 */
public final class SocketProcess implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(SocketProcess.class);

    private final ChannelRoutes routes;
    private final String socketName;
    private final Socket socket;
    private final PubSub pubSub;
    private final Executor executor;
    private final Transport transport;
    private final Runnable disconnect;
    private final Map<String, ChannelServer> channels = new ConcurrentHashMap<>();
    private final @Nullable Subscriber idSubscriber;
    private final AtomicBoolean closed = new AtomicBoolean();
    private Telemetry telemetry = new Telemetry();
    private @Nullable AtomicLong openCount;
    private @Nullable AtomicLong joinedCount;

    /**
     * Emits to the telemetry of {@code mount} and counts this connection (until it closes) and its joined channels in
     * the mount's live gauges.
     */
    public SocketProcess mountedOn(SocketMount mount) {
        this.telemetry = mount.telemetry();
        this.openCount = mount.openConnections();
        this.joinedCount = mount.joinedChannels();
        openCount.incrementAndGet();
        return this;
    }

    /** Gives the channels of this connection {@code telemetry} to emit to. */
    public SocketProcess withTelemetry(Telemetry telemetry) {
        this.telemetry = telemetry;
        return this;
    }

    public SocketProcess(
            ChannelRoutes routes,
            String socketName,
            Socket socket,
            Serializer serializer,
            PubSub pubSub,
            Executor executor,
            Outbound outbound,
            String transportName) {
        this(
                routes,
                socketName,
                socket,
                pubSub,
                executor,
                new EncodingTransport(serializer, outbound, transportName),
                () -> outbound.close(1000, "disconnected"));
    }

    /**
     * A socket process whose messages go to {@code transport} as they are, e.g. a test's recorder.
     *
     * @param disconnect closes the connection when the socket id's topic gets {@code disconnect}
     */
    public SocketProcess(
            ChannelRoutes routes,
            String socketName,
            Socket socket,
            PubSub pubSub,
            Executor executor,
            Transport transport,
            Runnable disconnect) {
        this.routes = routes;
        this.socketName = socketName;
        this.socket = socket;
        this.pubSub = pubSub;
        this.executor = executor;
        this.transport = transport;
        this.disconnect = disconnect;
        String id = socket.id();
        if (id != null) {
            this.idSubscriber = this::onIdMessage;
            pubSub.subscribe(id, idSubscriber);
        } else {
            this.idSubscriber = null;
        }
    }

    // ================================================================ Transport

    @Override
    public void send(Message message) {
        transport.send(message);
    }

    @Override
    public void sendEncoded(Frame frame) {
        transport.sendEncoded(frame);
    }

    @Override
    public Serializer serializer() {
        return transport.serializer();
    }

    @Override
    public String name() {
        return transport.name();
    }

    @Override
    public boolean encodesBroadcasts() {
        return transport.encodesBroadcasts();
    }

    /** Encodes messages with the connection's serializer and writes the frames out. */
    private record EncodingTransport(Serializer serializer, Outbound outbound, String name) implements Transport {

        @Override
        public void send(Message message) {
            Frame frame;
            try {
                frame = serializer.encode(message);
            } catch (RuntimeException e) {
                LOG.error(
                        "could not encode {} on {} for the client: {}",
                        message.event(),
                        message.topic(),
                        e.getMessage());
                return;
            }
            outbound.write(frame);
        }

        @Override
        public void sendEncoded(Frame frame) {
            outbound.write(frame);
        }
    }

    // ================================================================ frames from the client

    /** Handles one message from the client, by Phoenix's socket rules. */
    public void handle(Message message) {
        String topic = message.topic();
        String event = message.event();
        if (topic.equals("phoenix") && event.equals("heartbeat")) {
            send(Message.reply(message.joinRef(), message.ref(), topic, "ok", Map.of()));
        } else if (event.equals("phx_join")) {
            join(message);
        } else if (event.equals("phx_leave")) {
            leave(message);
        } else {
            ChannelServer channel = channels.get(topic);
            if (channel == null) {
                unmatched(message);
            } else {
                channel.handleIn(message);
            }
        }
    }

    private void join(Message message) {
        String topic = message.topic();
        Optional<Channel> route = routes.match(topic);
        if (route.isEmpty()) {
            LOG.warn("Ignoring unmatched topic \"{}\" in {}", topic, socketName);
            unmatched(message);
            return;
        }
        ChannelServer previous = channels.remove(topic);
        if (previous != null) {
            LOG.debug(
                    "Duplicate channel join for topic \"{}\" in {}. Closing existing channel for new join.",
                    topic,
                    socketName);
            previous.stopForDuplicateJoin();
        }
        String joinRef = message.joinRef() != null ? message.joinRef() : message.ref();
        ChannelServer server = new ChannelServer(
                        route.get(), topic, joinRef, socket, this, pubSub, executor, this::channelStopped)
                .withTelemetry(telemetry);
        if (joinedCount != null) {
            server.countedIn(joinedCount);
        }
        channels.put(topic, server);
        if (!server.join(message.ref(), message.payload())) {
            channels.remove(topic, server);
        }
        if (previous != null) {
            send(new Message(previous.joinRef(), previous.joinRef(), topic, "phx_close", Map.of()));
        }
    }

    private void leave(Message message) {
        ChannelServer channel = channels.get(message.topic());
        if (channel == null) {
            send(Message.reply(message.joinRef(), message.ref(), message.topic(), "ok", Map.of()));
            return;
        }
        if (channel.joinRef() == null || channel.joinRef().equals(message.joinRef())) {
            channel.leave(message);
        }
    }

    private void unmatched(Message message) {
        send(Message.reply(null, message.ref(), message.topic(), "error", Map.of("reason", "unmatched topic")));
    }

    private void channelStopped(ChannelServer server) {
        channels.remove(server.topic(), server);
    }

    // ================================================================ closing

    /**
     * The connection closed: every channel stops with {@code reason}.
     *
     * @return completed once every channel stopped
     */
    public CompletableFuture<Void> closed(String reason) {
        if (!closed.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        if (openCount != null) {
            openCount.decrementAndGet();
        }
        String id = socket.id();
        if (id != null && idSubscriber != null) {
            pubSub.unsubscribe(id, idSubscriber);
        }
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ChannelServer channel : List.copyOf(channels.values())) {
            stops.add(channel.close(reason));
        }
        channels.clear();
        return CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new));
    }

    private void onIdMessage(Object message) {
        if (message instanceof Broadcast broadcast && broadcast.event().equals("disconnect")) {
            disconnect.run();
            closed("shutdown:disconnected");
        }
    }

    /** The socket of the channel joined to {@code topic}, if one is. */
    public Optional<Socket> channelSocket(String topic) {
        return Optional.ofNullable(channels.get(topic)).map(ChannelServer::socket);
    }

    /** The joined topics, for tests and metrics. */
    public int channelCount() {
        return channels.size();
    }
}
