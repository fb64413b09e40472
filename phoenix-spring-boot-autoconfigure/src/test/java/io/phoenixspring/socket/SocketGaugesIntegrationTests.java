package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The live gauges of open connections and joined channels, over real WebSockets. */
@SpringBootTest(classes = SocketTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SocketGaugesIntegrationTests {

    @Autowired
    Environment environment;

    @Autowired
    @Qualifier("phoenixSocketMetrics")
    MeterBinder socketMetrics;

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }

    private static double gauge(MeterRegistry registry, String name) {
        return registry.get(name)
                .tag("socket", "SocketTestApplication$1")
                .gauge()
                .value();
    }

    private static void awaitGauge(MeterRegistry registry, String name, double value) {
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge(registry, name) == value);
    }

    @Test
    void openConnectionsAndJoinedChannelsAreLive() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        socketMetrics.bindTo(registry);
        double sockets = gauge(registry, "phoenix.socket.connections");
        double channels = gauge(registry, "phoenix.channels.joined");

        WsClient one = WsClient.connect(port(), "vsn=2.0.0&token=gauge1");
        WsClient two = WsClient.connect(port(), "vsn=2.0.0&token=gauge2");
        one.send("[\"1\",\"1\",\"room:g1\",\"phx_join\",{}]");
        one.next();
        one.send("[\"2\",\"2\",\"room:g2\",\"phx_join\",{}]");
        one.next();
        two.send("[\"1\",\"1\",\"room:g1\",\"phx_join\",{}]");
        two.next();
        two.send("[\"2\",\"2\",\"room:private\",\"phx_join\",{}]");
        assertThat(two.next()).contains("unauthorized");

        awaitGauge(registry, "phoenix.socket.connections", sockets + 2);
        awaitGauge(registry, "phoenix.channels.joined", channels + 3);

        one.send("[\"2\",\"3\",\"room:g2\",\"phx_leave\",{}]");
        awaitGauge(registry, "phoenix.channels.joined", channels + 2);

        one.send("[\"1\",\"4\",\"room:g1\",\"crash\",{}]");
        awaitGauge(registry, "phoenix.channels.joined", channels + 1);

        two.socket.sendClose(1000, "bye").join();
        awaitGauge(registry, "phoenix.socket.connections", sockets + 1);
        awaitGauge(registry, "phoenix.channels.joined", channels);
    }
}
