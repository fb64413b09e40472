package io.phoenixspring.autoconfigure.telemetry;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.phoenixspring.autoconfigure.channel.PhoenixChannelAutoConfiguration;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.socket.internal.SocketTransports;
import io.phoenixspring.telemetry.Metric;
import io.phoenixspring.telemetry.MetricSet;
import io.phoenixspring.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Telemetry in Micrometer, when Micrometer is present: the {@link Metric} and {@link MetricSet} beans (Phoenix's
 * default metrics among them unless {@code phoenix.telemetry.default-metrics=false}) recorded by a
 * {@link MicrometerReporter}, and the sockets' counters:
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

    /** The live number of PubSub subscriptions on this node ({@code phoenix.pubsub.subscriptions}). */
    @Bean
    MeterBinder phoenixPubSubMetrics(PubSub pubSub) {
        return registry -> Gauge.builder("phoenix.pubsub.subscriptions", pubSub, PubSub::subscriptionCount)
                .description("subscriptions this node holds, over every topic (joined channels among them)")
                .register(registry);
    }

    /** Phoenix's default metrics, as a generated app's Telemetry module declares them (durations in ms). */
    @Bean
    @ConditionalOnProperty(name = "phoenix.telemetry.default-metrics", matchIfMissing = true)
    MetricSet phoenixDefaultMetrics() {
        return PhoenixMetricsDefaults::metrics;
    }

    /** Records every {@link Metric} and {@link MetricSet} bean in the application's meter registries. */
    @Bean
    MicrometerReporter phoenixMicrometerReporter(
            Telemetry telemetry, ObjectProvider<Metric> metrics, ObjectProvider<MetricSet> sets) {
        List<Metric> all = new ArrayList<>();
        sets.orderedStream().forEach(set -> all.addAll(set.metrics()));
        metrics.orderedStream().forEach(all::add);
        return new MicrometerReporter(telemetry, all);
    }
}
