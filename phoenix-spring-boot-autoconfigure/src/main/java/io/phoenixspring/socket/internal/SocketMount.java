package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.Serializer;
import io.phoenixspring.endpoint.EndpointUrl;
import io.phoenixspring.plug.SessionPlug;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.socket.ChannelRoutes;
import io.phoenixspring.socket.PhoenixSocket;
import io.phoenixspring.socket.SocketOptions;
import io.phoenixspring.telemetry.Telemetry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/** A user socket as mounted: its routes and options read once, its serializers, what its channels run on. */
public final class SocketMount {

    private static final Logger LOG = LoggerFactory.getLogger(SocketMount.class);

    private final PhoenixSocket handler;
    private final String path;
    private final SocketOptions options;
    private final ChannelRoutes routes;
    private final List<Map.Entry<VersionRequirement, Serializer>> serializers;
    private final PubSub pubSub;
    private final Executor executor;
    private final Supplier<EndpointUrl> url;
    private final OriginCheck originCheck;
    private final Telemetry telemetry;
    private final @Nullable SessionPlug session;
    private final AtomicLong slowClientDisconnects = new AtomicLong();
    private final AtomicLong openConnections = new AtomicLong();
    private final AtomicLong joinedChannels = new AtomicLong();

    public SocketMount(
            PhoenixSocket handler, PubSub pubSub, Executor executor, JsonMapper json, Supplier<EndpointUrl> url) {
        this(handler, pubSub, executor, json, url, new Telemetry());
    }

    public SocketMount(
            PhoenixSocket handler,
            PubSub pubSub,
            Executor executor,
            JsonMapper json,
            Supplier<EndpointUrl> url,
            Telemetry telemetry) {
        this(handler, pubSub, executor, json, url, telemetry, null);
    }

    /**
     * @param session the endpoint's session store, read for {@code connect_info.session}; null when the endpoint
     *     keeps no session
     */
    public SocketMount(
            PhoenixSocket handler,
            PubSub pubSub,
            Executor executor,
            JsonMapper json,
            Supplier<EndpointUrl> url,
            Telemetry telemetry,
            @Nullable SessionPlug session) {
        this.session = session;
        this.telemetry = telemetry;
        this.handler = handler;
        String mount = handler.path();
        this.path = mount.endsWith("/") ? mount.substring(0, mount.length() - 1) : mount;
        this.options = handler.options();
        this.routes = new ChannelRoutes();
        handler.channels(routes);
        this.serializers = options.serializers().stream()
                .map(s -> Map.entry(
                        VersionRequirement.parse(s.requirement()),
                        s.serializer().apply(json)))
                .toList();
        this.pubSub = pubSub;
        this.executor = executor;
        this.url = url;
        this.originCheck = OriginCheck.of(options.checkOrigin(), options.origins());
    }

    /** Connections of this socket closed because their client could not keep up, since startup. */
    public AtomicLong slowClientDisconnects() {
        return slowClientDisconnects;
    }

    /** The connections of this socket open now, over every transport. */
    public AtomicLong openConnections() {
        return openConnections;
    }

    /** The channels joined over this socket's connections now. */
    public AtomicLong joinedChannels() {
        return joinedChannels;
    }

    /** Emitted when a connection is closed because its client could not keep up. */
    public static final List<String> SLOW_CLIENT = List.of("phoenix", "socket_slow_client_disconnected");

    /**
     * Counts a connection closed because its client let {@code queuedBytes} queue up, and emits
     * {@code phoenix.socket_slow_client_disconnected} ({@code queued_bytes}; {@code user_socket}, {@code transport},
     * {@code max_queued_bytes}).
     */
    public void slowClientDisconnected(String transport, long queuedBytes) {
        slowClientDisconnects.incrementAndGet();
        if (telemetry.hasHandlers(SLOW_CLIENT)) {
            telemetry.execute(
                    SLOW_CLIENT,
                    Map.of("queued_bytes", queuedBytes),
                    Map.of(
                            "user_socket", name(),
                            "transport", transport,
                            "max_queued_bytes", options.maxQueuedBytes()));
        }
    }

    /** The endpoint's session store, or null. */
    public @Nullable SessionPlug session() {
        return session;
    }

    /** Where socket and channel events go. */
    public Telemetry telemetry() {
        return telemetry;
    }

    public PhoenixSocket handler() {
        return handler;
    }

    public String path() {
        return path;
    }

    public SocketOptions options() {
        return options;
    }

    public ChannelRoutes routes() {
        return routes;
    }

    public PubSub pubSub() {
        return pubSub;
    }

    public Executor executor() {
        return executor;
    }

    /** The name logs give the socket: its class's simple name. */
    public String name() {
        Class<?> type = handler.getClass();
        Class<?> named =
                type.getName().contains("$$") && type.getSuperclass() != Object.class ? type.getSuperclass() : type;
        String name = named.getSimpleName();
        return name.isEmpty() ? named.getName().substring(named.getName().lastIndexOf('.') + 1) : name;
    }

    /**
     * The serializer of the client version {@code vsn} ({@code "1.0.0"} when absent): the first whose requirement the
     * version meets, or null (logged as Phoenix logs it) when the version is invalid or meets none.
     */
    public @Nullable Serializer serializer(@Nullable Object vsn) {
        String text = vsn == null ? "1.0.0" : vsn.toString();
        VersionRequirement.Version version = VersionRequirement.parseVersion(text);
        if (version == null) {
            LOG.warn("Client sent invalid transport version \"{}\"", text);
            return null;
        }
        for (Map.Entry<VersionRequirement, Serializer> entry : serializers) {
            if (entry.getKey().matches(version)) {
                return entry.getValue();
            }
        }
        LOG.warn(
                "The client's requested transport version \"{}\" does not match server's version requirements of {}",
                text,
                serializers.stream().map(e -> "\"" + e.getKey() + "\"").collect(Collectors.joining(", ", "[", "]")));
        return null;
    }

    /** Whether a connection from {@code origin} is allowed. */
    public boolean allowsOrigin(@Nullable String origin, HttpServletRequest request) {
        if (options.checkOriginConn()) {
            return OriginCheck.sameAsRequest(
                    origin, request.getScheme(), request.getServerName(), request.getServerPort());
        }
        return originCheck.allows(origin, url.get().host());
    }
}
