package io.phoenixspring.autoconfigure.telemetry;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import io.phoenixspring.autoconfigure.channel.PhoenixChannelAutoConfiguration;
import io.phoenixspring.plug.EndpointLogger;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.router.RouterLogger;
import io.phoenixspring.socket.ChannelLogger;
import io.phoenixspring.socket.internal.SocketMount;
import io.phoenixspring.socket.internal.SocketTransports;
import io.phoenixspring.telemetry.Metric;
import io.phoenixspring.telemetry.MetricSet;
import io.phoenixspring.telemetry.PeriodicMeasurement;
import io.phoenixspring.telemetry.Telemetry;
import io.phoenixspring.telemetry.TelemetryPoller;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Phoenix's telemetry: the {@link Telemetry} event bus with Phoenix's log lines attached as handlers
 * ({@code phoenix.endpoint_logger}, {@code phoenix.router_logger}, {@code phoenix.channel_logger}), the poller of
 * {@link PeriodicMeasurement} beans, and, when Micrometer is present:
 *
 * <ul>
 *   <li>every {@link Metric} and {@link MetricSet} bean recorded by a {@link MicrometerReporter}, Phoenix's default
 *       metrics among them unless {@code phoenix.telemetry.default-metrics=false};
 *   <li>live gauges: {@code phoenix.socket.connections} and {@code phoenix.channels.joined} (tag {@code socket}),
 *       {@code phoenix.pubsub.subscriptions}; the counter {@code phoenix.socket.slow_client_disconnects};
 *   <li>the router's dispatch and the channel callbacks as Micrometer observations ({@link ObservationBridge}) when
 *       the application has an {@link ObservationRegistry}.
 * </ul>
 *
 * JVM and system metrics (memory, GC, threads, class loading, CPU, uptime, file descriptors: what Phoenix's
 * {@code vm.*} metrics are on the BEAM) come from Spring Boot's own JVM and system metrics auto-configurations, which
 * the starter brings with the actuator.
 */
@AutoConfiguration(after = PhoenixChannelAutoConfiguration.class)
@EnableConfigurationProperties(PhoenixTelemetryProperties.class)
public final class PhoenixTelemetryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Telemetry phoenixTelemetry(ObjectProvider<ParameterFilter> filter) {
        Telemetry telemetry = new Telemetry();
        new ChannelLogger(filter.getIfAvailable(ParameterFilter::defaults)).attachTo(telemetry);
        new EndpointLogger().attachTo(telemetry);
        new RouterLogger(filter.getIfAvailable(ParameterFilter::defaults)).attachTo(telemetry);
        return telemetry;
    }

    /** Takes the {@link PeriodicMeasurement} beans every {@code phoenix.telemetry.poller.period} (10 s). */
    @Bean
    @ConditionalOnMissingBean
    TelemetryPoller phoenixTelemetryPoller(
            Telemetry telemetry,
            ObjectProvider<PeriodicMeasurement> measurements,
            PhoenixTelemetryProperties properties) {
        return new TelemetryPoller(
                telemetry,
                properties.getPoller().getPeriod(),
                measurements.orderedStream().toList());
    }

    @Bean
    SmartLifecycle phoenixTelemetryPollerLifecycle(TelemetryPoller poller) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                poller.start();
            }

            @Override
            public void stop() {
                poller.stop();
            }

            @Override
            public boolean isRunning() {
                return poller.isRunning();
            }
        };
    }

    /** Metrics definitions recorded in Micrometer. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static final class MetricsConfiguration {

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

    /** The sockets' and PubSub's live gauges and counters. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(SocketTransports.class)
    static final class SocketMetricsConfiguration {

        @Bean
        MeterBinder phoenixSocketMetrics(SocketTransports transports) {
            return registry -> transports.mounts().forEach(mount -> bindSocket(mount, registry));
        }

        private static void bindSocket(SocketMount mount, MeterRegistry registry) {
            Gauge.builder("phoenix.socket.connections", mount.openConnections(), AtomicLong::get)
                    .tag("socket", mount.name())
                    .description("connections of the socket open now, over every transport")
                    .register(registry);
            Gauge.builder("phoenix.channels.joined", mount.joinedChannels(), AtomicLong::get)
                    .tag("socket", mount.name())
                    .description("channels joined over the socket's connections now")
                    .register(registry);
            FunctionCounter.builder(
                            "phoenix.socket.slow_client_disconnects", mount.slowClientDisconnects(), AtomicLong::get)
                    .tag("socket", mount.name())
                    .description("connections closed because their client let more than max-queued-bytes queue up")
                    .register(registry);
        }

        /** The live number of PubSub subscriptions on this node ({@code phoenix.pubsub.subscriptions}). */
        @Bean
        MeterBinder phoenixPubSubMetrics(PubSub pubSub) {
            return registry -> Gauge.builder("phoenix.pubsub.subscriptions", pubSub, PubSub::subscriptionCount)
                    .description("subscriptions this node holds, over every topic (joined channels among them)")
                    .register(registry);
        }
    }

    /** The router's dispatch and the channel callbacks as Micrometer observations. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    static final class ObservationConfiguration {

        /** Adds an {@link ObservationBridge} to the telemetry once the application's registry is known. */
        @Bean
        SmartInitializingSingleton phoenixObservationBridge(
                Telemetry telemetry, ObjectProvider<ObservationRegistry> registry) {
            return () -> {
                ObservationRegistry found = registry.getIfUnique();
                if (found != null && !found.isNoop()) {
                    telemetry.addObserver(new ObservationBridge(found));
                }
            };
        }
    }
}
