package io.phoenixspring.channel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A connection's state as a channel sees it, as {@code Phoenix.Socket}: assigns set at connect and join, the socket
 * id, and once joined the topic and join reference. Immutable: {@link #assign} gives a new socket, which the callback
 * returns in its result.
 *
 * <pre>{@code
 * public JoinResult join(String topic, Object payload, Socket socket) {
 *     return JoinResult.ok(socket.assign("room", topic.substring("room:".length())));
 * }
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Socket.html">Phoenix.Socket</a>
 */
public final class Socket {

    private final Map<String, Object> assigns;
    private final @Nullable String id;
    private final @Nullable String topic;
    private final @Nullable String joinRef;
    private final @Nullable String ref;
    private final String transport;
    private final @Nullable ChannelContext context;

    private Socket(
            Map<String, Object> assigns,
            @Nullable String id,
            @Nullable String topic,
            @Nullable String joinRef,
            @Nullable String ref,
            String transport,
            @Nullable ChannelContext context) {
        this.assigns = assigns;
        this.id = id;
        this.topic = topic;
        this.joinRef = joinRef;
        this.ref = ref;
        this.transport = transport;
        this.context = context;
    }

    /** A new, unjoined socket on {@code transport}, with no assigns. */
    public static Socket create(String transport) {
        return new Socket(Map.of(), null, null, null, null, transport, null);
    }

    // ================================================================ assigns

    /** A socket with {@code value} assigned to {@code key}. */
    public Socket assign(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(assigns);
        copy.put(key, value);
        return new Socket(Collections.unmodifiableMap(copy), id, topic, joinRef, ref, transport, context);
    }

    /** A socket with every entry of {@code values} assigned. */
    public Socket assign(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>(assigns);
        copy.putAll(values);
        return new Socket(Collections.unmodifiableMap(copy), id, topic, joinRef, ref, transport, context);
    }

    /** The assigns. */
    public Map<String, Object> assigns() {
        return assigns;
    }

    /** The assign at {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public <T> @Nullable T getAssign(String key) {
        return (T) assigns.get(key);
    }

    // ================================================================ state

    /** The socket's id ({@code user_socket:42}), from the user socket's {@code id}, or null. */
    public @Nullable String id() {
        return id;
    }

    /** The joined topic, or null before a join. */
    public @Nullable String topic() {
        return topic;
    }

    /** The join reference of the channel, or null. */
    public @Nullable String joinRef() {
        return joinRef;
    }

    /** The reference of the message being handled, or null. */
    public @Nullable String ref() {
        return ref;
    }

    /** The transport: {@code websocket}, {@code longpoll} or {@code test}. */
    public String transport() {
        return transport;
    }

    /** Whether the socket is joined to a channel. */
    public boolean joined() {
        return context != null;
    }

    /** The socket with its id set. */
    public Socket withId(@Nullable String id) {
        return new Socket(assigns, id, topic, joinRef, ref, transport, context);
    }

    /** The socket of a channel joined to {@code topic}, pushing through {@code context}. */
    public Socket joinedTo(String topic, @Nullable String joinRef, ChannelContext context) {
        return new Socket(assigns, id, topic, joinRef, null, transport, context);
    }

    /** The socket while the message {@code ref} is handled. */
    public Socket withRef(@Nullable String ref) {
        return new Socket(assigns, id, topic, joinRef, ref, transport, context);
    }

    // ================================================================ messages

    /** Pushes {@code event} with {@code payload} (a map or {@link BinaryPayload}) to this channel's client. */
    public Socket push(String event, Object payload) {
        context("push").push(this, event, payload);
        return this;
    }

    /** Broadcasts {@code event} to every subscriber of this channel's topic, this channel's client included. */
    public Socket broadcast(String event, Object payload) {
        context("broadcast").broadcast(this, event, payload, false);
        return this;
    }

    /** Broadcasts {@code event} to every subscriber of this channel's topic but this channel. */
    public Socket broadcastFrom(String event, Object payload) {
        context("broadcastFrom").broadcast(this, event, payload, true);
        return this;
    }

    /**
     * The channel itself: {@code socket.self().send("after_join")} in {@code join} is handled by {@code handleInfo}
     * once the join reply went out, the place to push to the client.
     */
    public ChannelRef self() {
        return context("self").self();
    }

    /** A reference to the message being handled, to reply to it later with {@link SocketRef#reply}. */
    public SocketRef socketRef() {
        if (ref == null) {
            throw new IllegalStateException(
                    "socketRef needs the ref of a push: call it in handleIn, not in join or" + " handleInfo");
        }
        return new SocketRef(String.valueOf(topic), joinRef, ref, context("socketRef"));
    }

    private ChannelContext context(String function) {
        if (context == null) {
            throw new IllegalStateException(function + " needs a joined socket; call it from a channel's callbacks"
                    + " (join, handleIn, handleOut, handleInfo)");
        }
        return context;
    }

    @Override
    public String toString() {
        return "Socket[topic=" + topic + ", joinRef=" + joinRef + ", id=" + id + ", transport=" + transport
                + ", assigns=" + assigns.keySet() + "]";
    }
}
