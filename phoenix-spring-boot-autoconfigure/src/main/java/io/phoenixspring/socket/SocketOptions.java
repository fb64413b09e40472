package io.phoenixspring.socket;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;

/**
 * How a socket is mounted, as the options of Phoenix's {@code socket/3}.
 *
 * @param websocket whether {@code PATH/websocket} is served
 * @param longpoll whether {@code PATH/longpoll} is served
 * @param timeout how long a WebSocket may stay silent before it is closed (phoenix.js sends a heartbeat every 30 s)
 * @param checkOrigin {@code true} (the endpoint URL's host), {@code false}, or null to use {@code origins}
 * @param origins the allowed origins ({@code //host}, {@code scheme://host}, {@code //*.host}), or empty
 * @param maxFrameSize the largest frame accepted, in bytes; a larger one closes the connection with 1009
 * @param maxQueuedBytes how much may wait to be written to a slow client before it is disconnected (1013)
 * @param compress whether permessage-deflate is offered
 * @param subprotocols the subprotocols accepted, in order of preference; empty accepts clients that ask for none
 * @param longpollOptions the long-poll transport's window, session lookup timeout and token lifetime
 * @param checkOriginConn whether origins are checked against the request's own scheme, host and port (Phoenix's
 *     {@code check_origin: :conn}) instead of {@code checkOrigin} and {@code origins}
 * @param serializers the serializers and the client versions each serves, first match wins
 * @param transportLog the level at which the transports log their HTTP requests ({@code GET /socket/websocket},
 *     {@code Sent 101 in 1ms}), as Phoenix's {@code transport_log}; null (the default) logs none
 */
public record SocketOptions(
        boolean websocket,
        boolean longpoll,
        Duration timeout,
        @Nullable Boolean checkOrigin,
        List<String> origins,
        int maxFrameSize,
        long maxQueuedBytes,
        boolean compress,
        List<String> subprotocols,
        LongPollOptions longpollOptions,
        boolean checkOriginConn,
        List<SerializerVersion> serializers,
        @Nullable Level transportLog) {

    public SocketOptions {
        origins = List.copyOf(origins);
        subprotocols = List.copyOf(subprotocols);
        serializers = List.copyOf(serializers);
        if (serializers.isEmpty()) {
            throw new IllegalArgumentException("a socket needs at least one serializer; pass e.g."
                    + " List.of(SerializerVersion.v2(\"~> 2.0.0\")) to withSerializers");
        }
    }

    /** Phoenix's defaults, with a frame size limit of 1 MiB (Phoenix has none, which lets one client exhaust memory). */
    public static SocketOptions defaults() {
        return new SocketOptions(
                true,
                false,
                Duration.ofSeconds(60),
                true,
                List.of(),
                1024 * 1024,
                8L * 1024 * 1024,
                false,
                List.of(),
                LongPollOptions.defaults(),
                false,
                List.of(SerializerVersion.v1("~> 1.0.0"), SerializerVersion.v2("~> 2.0.0")),
                null);
    }

    public SocketOptions withLongpoll(boolean longpoll) {
        return copy(o -> o.longpoll = longpoll);
    }

    public SocketOptions withWebsocket(boolean websocket) {
        return copy(o -> o.websocket = websocket);
    }

    public SocketOptions withTimeout(Duration timeout) {
        return copy(o -> o.timeout = timeout);
    }

    /** Checks origins against the endpoint's host ({@code true}) or not at all ({@code false}). */
    public SocketOptions withCheckOrigin(boolean checkOrigin) {
        return copy(o -> {
            o.checkOrigin = checkOrigin;
            o.origins = List.of();
            o.checkOriginConn = false;
        });
    }

    /** Accepts only these origins. */
    public SocketOptions withOrigins(List<String> origins) {
        return copy(o -> {
            o.checkOrigin = null;
            o.origins = origins;
            o.checkOriginConn = false;
        });
    }

    /**
     * Accepts only origins with the request's own scheme, host and port, as Phoenix's {@code check_origin: :conn}:
     * for apps served under many hosts.
     */
    public SocketOptions withCheckOriginConn() {
        return copy(o -> {
            o.checkOrigin = null;
            o.origins = List.of();
            o.checkOriginConn = true;
        });
    }

    /** Whether permessage-deflate is negotiated with clients that offer it (off by default, as Phoenix). */
    public SocketOptions withCompress(boolean compress) {
        return copy(o -> o.compress = compress);
    }

    public SocketOptions withMaxFrameSize(int maxFrameSize) {
        return copy(o -> o.maxFrameSize = maxFrameSize);
    }

    public SocketOptions withMaxQueuedBytes(long maxQueuedBytes) {
        return copy(o -> o.maxQueuedBytes = maxQueuedBytes);
    }

    public SocketOptions withSubprotocols(List<String> subprotocols) {
        return copy(o -> o.subprotocols = subprotocols);
    }

    /** Serves {@code PATH/longpoll} with these options, as Phoenix's {@code longpoll: [window_ms: ...]}. */
    public SocketOptions withLongpoll(LongPollOptions longpollOptions) {
        return copy(o -> {
            o.longpoll = true;
            o.longpollOptions = longpollOptions;
        });
    }

    /**
     * Serves clients with these serializers, as Phoenix's {@code serializer:} option; by default
     * {@code [v1("~> 1.0.0"), v2("~> 2.0.0")]}.
     */
    public SocketOptions withSerializers(List<SerializerVersion> serializers) {
        return copy(o -> o.serializers = serializers);
    }

    /** Logs the transports' HTTP requests at {@code level}, as Phoenix's {@code transport_log: :info}. */
    public SocketOptions withTransportLog(Level level) {
        return copy(o -> o.transportLog = level);
    }

    /** These options with {@code change} made to a mutable copy of them. */
    private SocketOptions copy(Consumer<Fields> change) {
        Fields o = new Fields(this);
        change.accept(o);
        return new SocketOptions(
                o.websocket,
                o.longpoll,
                o.timeout,
                o.checkOrigin,
                o.origins,
                o.maxFrameSize,
                o.maxQueuedBytes,
                o.compress,
                o.subprotocols,
                o.longpollOptions,
                o.checkOriginConn,
                o.serializers,
                o.transportLog);
    }

    /** The components, as fields a wither may change. */
    private static final class Fields {
        boolean websocket;
        boolean longpoll;
        Duration timeout;

        @Nullable
        Boolean checkOrigin;

        List<String> origins;
        int maxFrameSize;
        long maxQueuedBytes;
        boolean compress;
        List<String> subprotocols;
        LongPollOptions longpollOptions;
        boolean checkOriginConn;
        List<SerializerVersion> serializers;

        @Nullable
        Level transportLog;

        Fields(SocketOptions options) {
            websocket = options.websocket;
            longpoll = options.longpoll;
            timeout = options.timeout;
            checkOrigin = options.checkOrigin;
            origins = options.origins;
            maxFrameSize = options.maxFrameSize;
            maxQueuedBytes = options.maxQueuedBytes;
            compress = options.compress;
            subprotocols = options.subprotocols;
            longpollOptions = options.longpollOptions;
            checkOriginConn = options.checkOriginConn;
            serializers = options.serializers;
            transportLog = options.transportLog;
        }
    }
}
