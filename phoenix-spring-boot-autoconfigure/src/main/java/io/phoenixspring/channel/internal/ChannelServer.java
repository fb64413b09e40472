package io.phoenixspring.channel.internal;

import io.phoenixspring.channel.BinaryPayload;
import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.ChannelContext;
import io.phoenixspring.channel.ChannelRef;
import io.phoenixspring.channel.InResult;
import io.phoenixspring.channel.JoinResult;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.channel.SocketRef;
import io.phoenixspring.channel.Transport;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.pubsub.Subscriber;
import io.phoenixspring.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One joined channel, as {@code Phoenix.Channel.Server}: the channel's callbacks run one at a time in this server's
 * mailbox, against the socket state it keeps. It subscribes to its topic (with the fastlane: broadcasts not
 * intercepted go straight to the transport), replies to pushes, and sends {@code phx_close} or {@code phx_error}
 * when it stops.
 */
public final class ChannelServer implements Subscriber, ChannelContext {

    /** The name of the fastlane dispatcher channel broadcasts go through. */
    public static final String DISPATCHER = Broadcast.DISPATCHER;

    private static final Logger LOG = LoggerFactory.getLogger(ChannelServer.class);

    private final Channel channel;
    private final String topic;
    private final @Nullable String joinRef;
    private final Transport transport;
    private final PubSub pubSub;
    private final Mailbox mailbox;
    private final Consumer<ChannelServer> onStop;
    private final Set<String> intercepts;
    private volatile Socket state;
    private volatile boolean joined;
    private volatile boolean replied;
    private volatile boolean stopped;

    public ChannelServer(
            Channel channel,
            String topic,
            @Nullable String joinRef,
            Socket socket,
            Transport transport,
            PubSub pubSub,
            Executor executor,
            Consumer<ChannelServer> onStop) {
        this.channel = channel;
        this.topic = topic;
        this.joinRef = joinRef;
        this.transport = transport;
        this.pubSub = pubSub;
        this.mailbox = new Mailbox(executor);
        this.onStop = onStop;
        this.intercepts = Set.copyOf(channel.intercept());
        this.state = socket.joinedTo(topic, joinRef, this);
    }

    private static final Telemetry NO_TELEMETRY = new Telemetry();

    private volatile Telemetry telemetry = NO_TELEMETRY;
    private static final List<String> JOINED = List.of("phoenix", "channel_joined");
    private static final List<String> HANDLED_IN = List.of("phoenix", "channel_handled_in");

    /** Emitted when a joined channel stops, whatever the reason: {@code socket}, {@code reason}. */
    public static final List<String> LEFT = List.of("phoenix", "channel_left");

    /** Emitted when a channel callback throws: {@code socket}, {@code callback}, {@code kind}, {@code reason}, ... */
    public static final List<String> CRASHED = List.of("phoenix", "channel_crashed");

    private static final AtomicLong UNCOUNTED = new AtomicLong();

    private volatile AtomicLong joinedCount = UNCOUNTED;

    /** Counts this channel in {@code joined} while it is joined: the live gauge of joined channels. */
    public ChannelServer countedIn(AtomicLong joined) {
        this.joinedCount = joined;
        return this;
    }

    /** Emits {@code phoenix.channel_joined} and {@code phoenix.channel_handled_in} to {@code telemetry}. */
    public ChannelServer withTelemetry(Telemetry telemetry) {
        this.telemetry = telemetry;
        return this;
    }

    /** The topic. */
    public String topic() {
        return topic;
    }

    /** The join reference. */
    public @Nullable String joinRef() {
        return joinRef;
    }

    /** The connection the channel writes to. */
    public Transport transport() {
        return transport;
    }

    /** The intercepted events. */
    public Set<String> intercepts() {
        return intercepts;
    }

    /** The channel's socket as its last callback returned it. */
    public Socket socket() {
        return state;
    }

    /**
     * Whether broadcasts may go straight to the transport (the fastlane): once the join reply is queued. Until then
     * they go through the mailbox, behind the join, so the reply is always the first frame of the topic.
     */
    public boolean fastlaneReady() {
        return replied;
    }

    private void sendBroadcast(Broadcast broadcast) {
        if (transport.encodesBroadcasts()) {
            transport.sendEncoded(transport.serializer().encodeBroadcast(broadcast));
        } else {
            transport.send(new Message(null, null, broadcast.topic(), broadcast.event(), broadcast.payload()));
        }
    }

    /** Whether the channel stopped. */
    public boolean stopped() {
        return stopped;
    }

    // ================================================================ join

    /**
     * Runs the channel's {@code join} in the mailbox and waits for it, as the socket process waits for a join; sends
     * the join reply, then subscribes to the topic.
     *
     * @return whether the channel joined
     */
    public boolean join(@Nullable String ref, Object payload) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        mailbox.execute(() -> done.complete(runJoin(ref, payload)));
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    private boolean runJoin(@Nullable String ref, Object payload) {
        return joinChannel(ref, payload, System.nanoTime());
    }

    /** Emits {@code phoenix.channel_joined}, before the join reply goes out. */
    private void joined(Object payload, long start, boolean ok) {
        if (telemetry.hasHandlers(JOINED)) {
            Map<String, Object> metadata = new java.util.LinkedHashMap<>();
            metadata.put("params", payload);
            metadata.put("socket", state);
            metadata.put("result", ok ? "ok" : "error");
            telemetry.execute(JOINED, Map.of("duration", System.nanoTime() - start), metadata);
        }
    }

    private boolean joinChannel(@Nullable String ref, Object payload, long start) {
        JoinResult result;
        try {
            result = observed("join", null, () -> channel.join(topic, payload, state.withRef(ref)));
            if (result == null) {
                throw new IllegalStateException(
                        name() + ".join returned null; return JoinResult.ok(socket) or" + " JoinResult.error(reply)");
            }
        } catch (RuntimeException | Error e) {
            LOG.error("{} crashed joining {}", name(), topic, e);
            joined(payload, start, false);
            reply(ref, "error", Map.of("reason", "join crashed"));
            stopQuietly();
            return false;
        }
        if (result instanceof JoinResult.Error error) {
            joined(payload, start, false);
            reply(ref, "error", error.reply());
            stopQuietly();
            return false;
        }
        JoinResult.Ok ok = (JoinResult.Ok) result;
        state = ok.socket().withRef(null);
        joined = true;
        joinedCount.incrementAndGet();
        pubSub.subscribe(topic, this);
        joined(payload, start, true);
        reply(ref, "ok", ok.reply());
        replied = true;
        return true;
    }

    // ================================================================ messages from the client

    /** Hands a pushed event to {@code handleIn}. */
    public void handleIn(Message message) {
        mailbox.execute(() -> {
            if (stopped) {
                return;
            }
            long start = System.nanoTime();
            run(
                    () -> observed(
                            "handle_in",
                            message.event(),
                            () -> channel.handleIn(message.event(), message.payload(), state.withRef(message.ref()))),
                    message.ref(),
                    "handleIn",
                    () -> handledIn(message, start));
        });
    }

    /** Emits {@code phoenix.channel_handled_in} as Phoenix does: after {@code handle_in}, before its reply. */
    private void handledIn(Message message, long start) {
        if (telemetry.hasHandlers(HANDLED_IN)) {
            Map<String, Object> metadata = new java.util.LinkedHashMap<>();
            metadata.put("ref", message.ref());
            metadata.put("event", message.event());
            metadata.put("params", message.payload());
            metadata.put("socket", state);
            telemetry.execute(HANDLED_IN, Map.of("duration", System.nanoTime() - start), metadata);
        }
    }

    /** The client leaves: reply ok, then stop with {@code shutdown:left} and send {@code phx_close}. */
    public void leave(Message message) {
        mailbox.execute(() -> {
            if (stopped) {
                return;
            }
            reply(message.ref(), "ok", Map.of());
            stop("shutdown:left");
        });
    }

    /**
     * The connection closed: stop with {@code reason} and send nothing.
     *
     * @return completed once the channel stopped ({@code terminate} ran)
     */
    public CompletableFuture<Void> close(String reason) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        mailbox.execute(() -> {
            if (!stopped) {
                terminate(reason);
            }
            done.complete(null);
        });
        return done;
    }

    /** A new join of the same topic replaces this one: stop, waiting up to 5 seconds, sending nothing. */
    public void stopForDuplicateJoin() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        mailbox.execute(() -> {
            if (!stopped) {
                terminate("shutdown:duplicate_join");
            }
            done.complete(null);
        });
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            stopped = true;
        }
    }

    // ================================================================ broadcasts and messages

    @Override
    public void deliver(Object message) {
        mailbox.execute(() -> {
            if (stopped) {
                return;
            }
            if (message instanceof Broadcast broadcast && !intercepts.contains(broadcast.event())) {
                sendBroadcast(broadcast);
            } else if (message instanceof Broadcast broadcast) {
                run(
                        () -> observed(
                                "handle_out",
                                broadcast.event(),
                                () -> channel.handleOut(broadcast.event(), broadcast.payload(), state)),
                        null,
                        "handleOut");
            } else {
                run(() -> observed("handle_info", null, () -> channel.handleInfo(message, state)), null, "handleInfo");
            }
        });
    }

    private void run(Callback callback, @Nullable String ref, String name) {
        run(callback, ref, name, () -> {});
    }

    /** Runs {@code callback}, then {@code called} (unless it crashed), then acts on its result. */
    private void run(Callback callback, @Nullable String ref, String name, Runnable called) {
        InResult result;
        try {
            result = callback.call();
            called.run();
            if (result == null) {
                throw new IllegalStateException(name() + "." + name + " returned null; return InResult.noReply(socket),"
                        + " a reply or a stop");
            }
        } catch (RuntimeException | Error e) {
            crash(e, name);
            return;
        }
        state = result.socket().withRef(null);
        if (result instanceof InResult.Reply reply) {
            if (ref == null) {
                crash(
                        new IllegalStateException(name() + "." + name + " replied, but only handleIn can reply; return"
                                + " InResult.noReply(socket) and push instead"),
                        name);
                return;
            }
            reply(ref, reply.status(), reply.response());
        } else if (result instanceof InResult.Stop stop) {
            if (stop.status() != null && ref != null) {
                reply(ref, stop.status(), stop.response() == null ? Map.of() : stop.response());
            }
            stop(stop.reason());
        }
    }

    /**
     * Runs a channel callback under the telemetry observers as {@code phoenix.channel.<callback>}, tagged with the
     * {@code channel} and the {@code event} (when there is one), with the {@code topic} as detail.
     */
    private <T> T observed(String callback, @Nullable String event, Supplier<T> work) {
        if (!telemetry.isObserved()) {
            return work.get();
        }
        Map<String, String> tags =
                event == null ? Map.of("channel", name()) : Map.of("channel", name(), "event", event);
        Telemetry.Scope scope = telemetry.observe(OBSERVATION_PREFIX + callback, tags, Map.of("topic", topic));
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            scope.end(e);
            throw e;
        }
        scope.end(null);
        return result;
    }

    /** What a {@link Telemetry.Observer} sees a channel callback as: {@code phoenix.channel.handle_in} and so on. */
    public static final String OBSERVATION_PREFIX = "phoenix.channel.";

    @FunctionalInterface
    private interface Callback {
        InResult call();
    }

    // ================================================================ stopping

    // As in Phoenix, where the socket sends phx_close or phx_error once the channel process is down: the channel
    // terminates and leaves the socket first, so a client acting on phx_close or phx_error finds the topic unjoined.
    private void stop(String reason) {
        boolean graceful = reason.equals("normal") || reason.equals("shutdown") || reason.startsWith("shutdown:");
        terminate(reason);
        transport.send(new Message(joinRef, joinRef, topic, graceful ? "phx_close" : "phx_error", Map.of()));
    }

    private void crash(Throwable error, String callback) {
        LOG.error("{} crashed in {} on {}", name(), callback, topic, error);
        if (telemetry.hasHandlers(CRASHED)) {
            Map<String, Object> metadata = new java.util.LinkedHashMap<>();
            metadata.put("socket", state);
            metadata.put("callback", callback);
            metadata.put("kind", "error");
            metadata.put("reason", error);
            metadata.put("stacktrace", List.of(error.getStackTrace()));
            telemetry.execute(CRASHED, Map.of("system_time", Telemetry.systemTime()), metadata);
        }
        terminate("error: " + error);
        transport.send(new Message(joinRef, joinRef, topic, "phx_error", Map.of()));
    }

    private void terminate(String reason) {
        if (telemetry.hasHandlers(LEFT)) {
            telemetry.execute(
                    LEFT, Map.of("system_time", Telemetry.systemTime()), Map.of("socket", state, "reason", reason));
        }
        unsubscribe();
        try {
            channel.terminate(reason, state);
        } catch (RuntimeException | Error e) {
            LOG.error("{}.terminate failed on {}", name(), topic, e);
        }
        stopQuietly();
    }

    private void stopQuietly() {
        if (!stopped) {
            stopped = true;
            onStop.accept(this);
        }
    }

    private void unsubscribe() {
        if (joined) {
            joined = false;
            joinedCount.decrementAndGet();
            pubSub.unsubscribe(topic, this);
        }
    }

    // ================================================================ ChannelContext

    @Override
    public void push(Socket socket, String event, Object payload) {
        if (!joined && !stopped) {
            throw new IllegalStateException("push to " + topic + " before the join reply; send a message to"
                    + " socket.self() in join and push from handleInfo");
        }
        transport.send(new Message(joinRef, null, topic, event, checkPayload(payload)));
    }

    @Override
    public void broadcast(Socket socket, String event, Object payload, boolean excludeSelf) {
        Broadcast broadcast = new Broadcast(topic, event, checkPayload(payload));
        if (excludeSelf) {
            pubSub.broadcastFrom(this, topic, broadcast, DISPATCHER);
        } else {
            pubSub.broadcast(topic, broadcast, DISPATCHER);
        }
    }

    @Override
    public void reply(SocketRef ref, String status, Object response) {
        transport.send(Message.reply(ref.joinRef(), ref.ref(), ref.topic(), status, checkPayload(response)));
    }

    @Override
    public ChannelRef self() {
        return this::deliver;
    }

    private void reply(@Nullable String ref, String status, Object response) {
        transport.send(Message.reply(joinRef, ref, topic, status, response));
    }

    private static Object checkPayload(Object payload) {
        if (payload instanceof Map<?, ?> || payload instanceof BinaryPayload) {
            return payload;
        }
        throw new IllegalArgumentException("channel payloads must be maps (JSON objects) or BinaryPayload, got "
                + (payload == null ? "null" : payload.getClass().getName())
                + "; wrap it, e.g. Map.of(\"body\", value)");
    }

    private String name() {
        return channel.getClass().getSimpleName();
    }
}
