package io.phoenixspring.benchmarks.load;

import io.phoenixspring.autoconfigure.channel.PhoenixChannelAutoConfiguration;
import io.phoenixspring.autoconfigure.endpoint.PhoenixEndpointAutoConfiguration;
import io.phoenixspring.autoconfigure.logger.PhoenixLoggerAutoConfiguration;
import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.autoconfigure.telemetry.PhoenixTelemetryAutoConfiguration;
import io.phoenixspring.autoconfigure.view.PhoenixViewAutoConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A plain Spring Boot peer: auto-configured as any Spring Boot application, with Phoenix's auto-configurations left
 * out (the benchmarks' class path has the starter) and no component scanning.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootConfiguration
@EnableAutoConfiguration(
        exclude = {
            PhoenixLoggerAutoConfiguration.class,
            PhoenixRouterAutoConfiguration.class,
            PhoenixEndpointAutoConfiguration.class,
            PhoenixViewAutoConfiguration.class,
            PhoenixChannelAutoConfiguration.class,
            PhoenixTelemetryAutoConfiguration.class
        })
public @interface SpringPeer {}
