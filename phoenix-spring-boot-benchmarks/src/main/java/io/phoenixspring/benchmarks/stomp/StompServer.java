package io.phoenixspring.benchmarks.stomp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The STOMP peer of {@link io.phoenixspring.benchmarks.FanoutServer}: Spring's STOMP over raw WebSocket at
 * {@code /stomp} with the simple broker on {@code /topic} and {@code /queue}, application destinations under
 * {@code /app}, and the same {@code /bench} routes. Phoenix's auto-configurations are left out, so the app is what a
 * plain Spring Boot STOMP app would be, on the same class path and Tomcat.
 *
 * <p>Usage: {@code StompServer --server.port=<port> [--bench.stomp.heartbeat-ms=30000]}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
        excludeName = {
            "io.phoenixspring.autoconfigure.logger.PhoenixLoggerAutoConfiguration",
            "io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration",
            "io.phoenixspring.autoconfigure.endpoint.PhoenixEndpointAutoConfiguration",
            "io.phoenixspring.autoconfigure.view.PhoenixViewAutoConfiguration",
            "io.phoenixspring.autoconfigure.channel.PhoenixChannelAutoConfiguration",
            "io.phoenixspring.autoconfigure.telemetry.PhoenixTelemetryAutoConfiguration"
        })
@Import({StompBroker.class, PingController.class, StompBenchController.class})
public class StompServer {

    public static void main(String[] args) {
        SpringApplication.run(StompServer.class, args);
    }
}
