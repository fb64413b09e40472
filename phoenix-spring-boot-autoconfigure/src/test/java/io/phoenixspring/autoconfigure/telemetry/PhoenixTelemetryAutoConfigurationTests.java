package io.phoenixspring.autoconfigure.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.pubsub.Subscriber;
import io.phoenixspring.socket.SocketTestApplication;
import io.phoenixspring.telemetry.Metric;
import io.phoenixspring.telemetry.PeriodicMeasurement;
import io.phoenixspring.telemetry.Telemetry;
import io.phoenixspring.telemetry.TelemetryPoller;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class PhoenixTelemetryAutoConfigurationTests {

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

    @Test
    void periodicMeasurementsArePolledEveryPeriod() {
        AtomicInteger taken = new AtomicInteger();
        runner.withPropertyValues("phoenix.telemetry.poller.period=20ms")
                .withBean(
                        "queueLength",
                        PeriodicMeasurement.class,
                        () -> telemetry -> telemetry.execute(
                                List.of("app", "queue"), Map.of("length", taken.incrementAndGet()), Map.of()))
                .run(context -> {
                    List<Object> lengths = new CopyOnWriteArrayList<>();
                    context.getBean(Telemetry.class)
                            .attach(
                                    "test",
                                    List.of("app", "queue"),
                                    (e, m, meta, c) -> lengths.add(m.get("length")),
                                    null);
                    await().atMost(Duration.ofSeconds(5)).until(() -> lengths.size() >= 3);
                    assertThat(context.getBean(TelemetryPoller.class).period()).isEqualTo(Duration.ofMillis(20));
                    assertThat(context.getBean(TelemetryPoller.class).isRunning())
                            .isTrue();
                });
    }

    @Test
    void thePollerPollsEveryTenSecondsByDefaultAndStopsWithTheContext() {
        runner.withBean("noop", PeriodicMeasurement.class, () -> telemetry -> {})
                .run(context -> {
                    TelemetryPoller poller = context.getBean(TelemetryPoller.class);
                    assertThat(poller.period()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(poller.isRunning()).isTrue();
                    context.close();
                    assertThat(poller.isRunning()).isFalse();
                });
    }

    @Test
    void theApplicationsObservationRegistryObservesTheDispatchAndChannels() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ObservationRegistry.class);
            assertThat(context.getBean(Telemetry.class).isObserved()).isTrue();
        });
    }

    @Test
    void withoutMicrometerObservationNothingIsObserved() {
        runner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Telemetry.class).isObserved()).isFalse();
                });
    }
}
