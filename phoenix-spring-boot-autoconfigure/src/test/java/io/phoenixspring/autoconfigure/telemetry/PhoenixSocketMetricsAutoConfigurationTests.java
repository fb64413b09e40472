package io.phoenixspring.autoconfigure.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.pubsub.Subscriber;
import io.phoenixspring.socket.SocketTestApplication;
import io.phoenixspring.telemetry.Metric;
import io.phoenixspring.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class PhoenixSocketMetricsAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withUserConfiguration(SocketTestApplication.class)
            .withPropertyValues("spring.main.web-application-type=servlet");

    @Test
    void phoenixsDefaultMetricsAndUserMetricsAreRecorded() {
        runner.withBean(
                        "requests",
                        Metric.class,
                        () -> Metric.counter("phoenix.endpoint.stop.count").eventName("phoenix", "endpoint", "stop"))
                .run(context -> {
                    MicrometerReporter reporter = context.getBean(MicrometerReporter.class);
                    assertThat(reporter.metrics())
                            .extracting(Metric::name)
                            .contains(
                                    "phoenix.endpoint.stop.duration",
                                    "phoenix.router_dispatch.stop.duration",
                                    "phoenix.channel_handled_in.duration",
                                    "phoenix.endpoint.stop.count");
                    SimpleMeterRegistry registry = new SimpleMeterRegistry();
                    reporter.bindTo(registry);
                    context.getBean(Telemetry.class)
                            .execute(
                                    List.of("phoenix", "router_dispatch", "stop"),
                                    Map.of("duration", 2_000_000L),
                                    Map.of("route", "/users/:id"));
                    assertThat(registry.get("phoenix.router_dispatch.stop.duration")
                                    .tag("route", "/users/:id")
                                    .summary()
                                    .totalAmount())
                            .isEqualTo(2.0);
                });
    }

    @Test
    void pubSubSubscriptionsAreALiveGauge() {
        runner.run(context -> {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            ((MeterBinder) context.getBean("phoenixPubSubMetrics")).bindTo(registry);
            PubSub pubSub = context.getBean(PubSub.class);
            double before = registry.get("phoenix.pubsub.subscriptions").gauge().value();
            Subscriber one = message -> {};
            pubSub.subscribe("room:gauge", one);
            pubSub.subscribe("room:other", one);
            assertThat(registry.get("phoenix.pubsub.subscriptions").gauge().value())
                    .isEqualTo(before + 2);
            pubSub.unsubscribe("room:gauge", one);
            assertThat(registry.get("phoenix.pubsub.subscriptions").gauge().value())
                    .isEqualTo(before + 1);
        });
    }

    @Test
    void theDefaultsCanBeTurnedOff() {
        runner.withPropertyValues("phoenix.telemetry.default-metrics=false")
                .run(context -> assertThat(
                                context.getBean(MicrometerReporter.class).metrics())
                        .isEmpty());
    }

    @Test
    void withoutMicrometerThereIsNoReporter() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(MicrometerReporter.class);
            assertThat(context).hasSingleBean(Telemetry.class);
        });
    }
}
