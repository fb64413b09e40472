package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.Serializer;
import io.phoenixspring.endpoint.EndpointUrl;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.socket.ChannelRoutes;
import io.phoenixspring.socket.PhoenixSocket;
import io.phoenixspring.socket.SocketOptions;
import io.phoenixspring.telemetry.Telemetry;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** A user socket as mounted: its routes and options read once, its serializers, what its channels run on. */
public final class SocketMount {

    private final PhoenixSocket handler;
    private final String path;
    private final SocketOptions options;
    private final ChannelRoutes routes;
    private final Serializer v1;
    private final Serializer v2;
    private final PubSub pubSub;
    private final Executor executor;
    private final Supplier<EndpointUrl> url;
    private final OriginCheck originCheck;
    private final Telemetry telemetry;

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
        this.telemetry = telemetry;
        this.handler = handler;
        String mount = handler.path();
        this.path = mount.endsWith("/") ? mount.substring(0, mount.length() - 1) : mount;
        this.options = handler.options();
        this.routes = new ChannelRoutes();
        handler.channels(routes);
        this.v1 = new V1JsonSerializer(json);
        this.v2 = new V2JsonSerializer(json);
        this.pubSub = pubSub;
        this.executor = executor;
        this.url = url;
        this.originCheck = OriginCheck.of(options.checkOrigin(), options.origins());
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
        return (type.getName().contains("$$") && type.getSuperclass() != Object.class ? type.getSuperclass() : type)
                .getSimpleName();
    }

    /** The serializer of {@code vsn} ({@code 1.x}, absent, or {@code 2.x}), or null for another version. */
    public @Nullable Serializer serializer(@Nullable Object vsn) {
        String version = vsn == null ? "1.0.0" : vsn.toString();
        if (version.equals("1") || version.startsWith("1.")) {
            return v1;
        }
        if (version.equals("2") || version.startsWith("2.")) {
            return v2;
        }
        return null;
    }

    /** Whether a connection from {@code origin} is allowed. */
    public boolean allowsOrigin(@Nullable String origin) {
        return originCheck.allows(origin, url.get().host());
    }
}
