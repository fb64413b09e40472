package io.phoenixspring.autoconfigure.channel;

import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.internal.Executors;
import io.phoenixspring.channel.internal.FastlaneDispatcher;
import io.phoenixspring.endpoint.EndpointUrl;
import io.phoenixspring.endpoint.TransportHandler;
import io.phoenixspring.plug.SessionPlug;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.pubsub.PubSubAdapter;
import io.phoenixspring.socket.PhoenixSocket;
import io.phoenixspring.socket.internal.LongPollTransportHandler;
import io.phoenixspring.socket.internal.SocketMount;
import io.phoenixspring.socket.internal.SocketTransports;
import io.phoenixspring.socket.internal.WebSocketTransportHandler;
import io.phoenixspring.telemetry.Telemetry;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * PubSub (with the channels' fastlane dispatcher), the executor channel mailboxes run on, and a WebSocket transport
 * (and a long-poll transport when its options ask for one) for every {@link PhoenixSocket} bean, served by the
 * endpoint filter before the endpoint plugs. Long-poll session tokens are signed with a key derived from
 * {@code phoenix.endpoint.secret-key-base}, or with a random per-process key when none is set.
 */
@AutoConfiguration(
        after = PhoenixRouterAutoConfiguration.class,
        beforeName = "io.phoenixspring.autoconfigure.endpoint.PhoenixEndpointAutoConfiguration")
@EnableConfigurationProperties(PhoenixPubSubProperties.class)
public final class PhoenixChannelAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PubSubAdapter phoenixPubSubAdapter(PhoenixPubSubProperties properties) {
        String name = properties.getNodeName();
        return PubSubAdapter.local(name == null ? defaultNodeName() : name);
    }

    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return ManagementFactory.getRuntimeMXBean().getPid() + "@" + host;
    }

    /**
     * Broadcasts to more than a thousand subscribers are written in slices from a pool of two threads per processor
     * and the broadcasting thread (on loopback, as in the benchmarks' raw floor, more writers than cores still help).
     */
    @Bean
    @ConditionalOnMissingBean
    FastlaneDispatcher phoenixFastlaneDispatcher() {
        return new FastlaneDispatcher(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
    }

    @Bean
    @ConditionalOnMissingBean
    PubSub phoenixPubSub(PubSubAdapter adapter, FastlaneDispatcher fastlane, Telemetry telemetry) {
        PubSub pubSub = new PubSub(adapter).withTelemetry(telemetry);
        pubSub.registerDispatcher(Broadcast.DISPATCHER, fastlane);
        return pubSub.start();
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(name = "phoenixChannelExecutor")
    ExecutorService phoenixChannelExecutor() {
        return Executors.channelExecutor();
    }

    @Bean
    @ConditionalOnMissingBean
    SocketTransports phoenixSocketTransports(
            ObjectProvider<PhoenixSocket> sockets,
            PubSub pubSub,
            ExecutorService phoenixChannelExecutor,
            ObjectProvider<JsonMapper> json,
            Supplier<EndpointUrl> url,
            Environment environment,
            Telemetry telemetry,
            ObjectProvider<SessionPlug> session) {
        List<TransportHandler> transports = new ArrayList<>();
        List<SocketMount> mounts = new ArrayList<>();
        JsonMapper mapper = json.getIfAvailable(JsonMapper::new);
        sockets.orderedStream().forEach(socket -> {
            SocketMount mount = new SocketMount(
                    socket, pubSub, phoenixChannelExecutor, mapper, url, telemetry, session.getIfAvailable());
            mounts.add(mount);
            if (mount.options().websocket()) {
                transports.add(new WebSocketTransportHandler(mount));
            }
            if (mount.options().longpoll()) {
                transports.add(new LongPollTransportHandler(
                        mount, mapper, environment.getProperty("phoenix.endpoint.secret-key-base")));
            }
        });
        return new SocketTransports(transports, mounts);
    }

    /**
     * Tomcat's per-connection read buffer, {@code phoenix.socket.connection-read-buffer-size} (4 KiB; Tomcat's own
     * default is 8 KiB), when the application has sockets: an idle WebSocket connection holds it for its whole life.
     * HTTP requests are read through it too, larger bodies in more steps.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ConfigurableTomcatWebServerFactory.class)
    @ConditionalOnBean(PhoenixSocket.class)
    static final class TomcatConnections {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> phoenixTomcatReadBuffer(
                Environment environment) {
            DataSize size =
                    DataSize.parse(environment.getProperty("phoenix.socket.connection-read-buffer-size", "4KB"));
            return factory -> factory.addConnectorCustomizers(
                    connector -> connector.setProperty("socket.appReadBufSize", Long.toString(size.toBytes())));
        }
    }
}
