package io.phoenixspring.pubsub;

import io.phoenixspring.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publish and subscribe by topic, as {@code Phoenix.PubSub}: a registry of subscribers per topic on this node, and an
 * adapter that carries broadcasts to the others. Any object can subscribe, not only channels.
 *
 * <pre>{@code
 * pubSub.subscribe("user:42", message -> log.info("got {}", message));
 * pubSub.broadcast("user:42", Map.of("event", "logged_in"));
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix_pubsub/Phoenix.PubSub.html">Phoenix.PubSub</a>
 */
public final class PubSub {

    private static final Logger LOG = LoggerFactory.getLogger(PubSub.class);

    private final Map<String, CopyOnWriteArrayList<Subscriber>> topics = new ConcurrentHashMap<>();
    private final Map<String, Dispatcher> dispatchers = new ConcurrentHashMap<>();
    private final PubSubAdapter adapter;
    private volatile Telemetry telemetry = new Telemetry();

    /**
     * Emitted on each node once a broadcast was handed to its local subscribers: measurements {@code subscribers}
     * (how many) and {@code duration}; metadata {@code topic}, {@code message}, {@code dispatcher}.
     */
    public static final List<String> BROADCAST = List.of("phoenix", "pubsub_broadcast");

    /** A PubSub that broadcasts through {@code adapter} to the other nodes. */
    public PubSub(PubSubAdapter adapter) {
        this.adapter = adapter;
        dispatchers.put("default", Dispatcher.DEFAULT);
    }

    /** A PubSub of this node only. */
    public static PubSub local() {
        return new PubSub(PubSubAdapter.local("local"));
    }

    /** Starts receiving the broadcasts of the other nodes. */
    public PubSub start() {
        adapter.start(this);
        return this;
    }

    /** Registers a dispatcher under {@code name}, so broadcasts from other nodes can use it. */
    public void registerDispatcher(String name, Dispatcher dispatcher) {
        dispatchers.put(name, dispatcher);
    }

    /** This node's name. */
    public String nodeName() {
        return adapter.nodeName();
    }

    // ================================================================ subscriptions

    /** Subscribes {@code subscriber} to {@code topic}; subscribing twice delivers twice. */
    public void subscribe(String topic, Subscriber subscriber) {
        topics.computeIfAbsent(topic, k -> new CopyOnWriteArrayList<>()).add(subscriber);
    }

    /** Removes every subscription of {@code subscriber} to {@code topic}. */
    public void unsubscribe(String topic, Subscriber subscriber) {
        topics.computeIfPresent(topic, (k, subscribers) -> {
            subscribers.removeIf(s -> s == subscriber);
            return subscribers.isEmpty() ? null : subscribers;
        });
    }

    /** The subscribers of {@code topic} on this node. */
    public List<Subscriber> subscribers(String topic) {
        List<Subscriber> subscribers = topics.get(topic);
        return subscribers == null ? List.of() : List.copyOf(subscribers);
    }

    /** How many subscriptions this node holds, over every topic. */
    public int subscriptionCount() {
        return topics.values().stream().mapToInt(List::size).sum();
    }

    // ================================================================ broadcasts

    /** Broadcasts {@code message} to every subscriber of {@code topic}, on every node. */
    public void broadcast(String topic, Object message) {
        broadcast(topic, message, "default");
    }

    /** Broadcasts with the dispatcher registered as {@code dispatcher}. */
    public void broadcast(String topic, Object message, String dispatcher) {
        adapter.broadcast(topic, message, dispatcher);
        dispatch(topic, null, message, dispatcher);
    }

    /** Broadcasts to every subscriber of {@code topic} but {@code from}, on every node. */
    public void broadcastFrom(Subscriber from, String topic, Object message) {
        broadcastFrom(from, topic, message, "default");
    }

    /** Broadcasts to every subscriber but {@code from}, with the dispatcher registered as {@code dispatcher}. */
    public void broadcastFrom(Subscriber from, String topic, Object message, String dispatcher) {
        adapter.broadcast(topic, message, dispatcher);
        dispatch(topic, from, message, dispatcher);
    }

    /** Broadcasts to the subscribers of {@code topic} on this node only. */
    public void localBroadcast(String topic, Object message) {
        dispatch(topic, null, message, "default");
    }

    /** Broadcasts to the subscribers on this node only, with the named dispatcher. */
    public void localBroadcast(String topic, Object message, String dispatcher) {
        dispatch(topic, null, message, dispatcher);
    }

    /** Broadcasts to the subscribers on this node but {@code from}. */
    public void localBroadcastFrom(Subscriber from, String topic, Object message, String dispatcher) {
        dispatch(topic, from, message, dispatcher);
    }

    /** Broadcasts to the subscribers of {@code topic} on the node {@code nodeName} only. */
    public void directBroadcast(String nodeName, String topic, Object message) {
        if (nodeName.equals(nodeName())) {
            dispatch(topic, null, message, "default");
        } else {
            adapter.directBroadcast(nodeName, topic, message, "default");
        }
    }

    /** Emits {@link #BROADCAST} on {@code telemetry}. */
    public PubSub withTelemetry(Telemetry telemetry) {
        this.telemetry = telemetry;
        return this;
    }

    private void dispatch(String topic, @Nullable Subscriber from, Object message, String dispatcherName) {
        Telemetry events = telemetry;
        if (!events.hasHandlers(BROADCAST)) {
            deliver(topic, from, message, dispatcherName);
            return;
        }
        long start = System.nanoTime();
        int count = deliver(topic, from, message, dispatcherName);
        events.execute(
                BROADCAST,
                Map.of("subscribers", count, "duration", System.nanoTime() - start),
                Map.of("topic", topic, "message", message, "dispatcher", dispatcherName));
    }

    /** Hands {@code message} to the local subscribers of {@code topic}; how many there were. */
    private int deliver(String topic, @Nullable Subscriber from, Object message, String dispatcherName) {
        List<Subscriber> subscribers = topics.get(topic);
        if (subscribers == null || subscribers.isEmpty()) {
            return 0;
        }
        Dispatcher dispatcher = dispatchers.get(dispatcherName);
        if (dispatcher == null) {
            throw new IllegalArgumentException("no dispatcher named \"" + dispatcherName + "\"; register it with"
                    + " registerDispatcher on every node");
        }
        try {
            dispatcher.dispatch(subscribers, from, message);
        } catch (RuntimeException e) {
            LOG.error("dispatching a broadcast to {} failed", topic, e);
        }
        return subscribers.size();
    }
}
