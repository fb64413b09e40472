package io.phoenixspring.autoconfigure.telemetry;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.phoenixspring.autoconfigure.channel.PhoenixChannelAutoConfiguration;
import io.phoenixspring.socket.internal.SocketTransports;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The sockets' counters as Micrometer meters, bound to the application's registry when Micrometer is present:
 * {@code phoenix.socket.slow_client_disconnects} (tag {@code socket}), the connections closed because their client let
 * more than the socket's max-queued-bytes wait.
 */
@AutoConfiguration(after = PhoenixChannelAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(SocketTransports.class)
public final class PhoenixSocketMetricsAutoConfiguration {

    @Bean
    MeterBinder phoenixSocketMetrics(SocketTransports transports) {
        return registry -> transports
                .mounts()
                .forEach(mount -> FunctionCounter.builder(
                                "phoenix.socket.slow_client_disconnects",
                                mount.slowClientDisconnects(),
                                AtomicLong::get)
                        .tag("socket", mount.name())
                        .description("connections closed because their client let more than max-queued-bytes queue up")
                        .register(registry));
    }
}
