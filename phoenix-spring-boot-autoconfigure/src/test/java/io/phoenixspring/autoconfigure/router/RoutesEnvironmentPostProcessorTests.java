package io.phoenixspring.autoconfigure.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** {@code --phoenix.routes} turns the web server off so the route listing is all the application does. */
class RoutesEnvironmentPostProcessorTests {

    private final RoutesEnvironmentPostProcessor processor = new RoutesEnvironmentPostProcessor();

    @Test
    void phoenixRoutesTurnsTheWebServerOff() {
        StandardEnvironment environment = environment(Map.of("phoenix.routes", ""));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
    }

    @Test
    void phoenixRoutesTrueTurnsTheWebServerOff() {
        StandardEnvironment environment =
                environment(Map.of("phoenix.routes", "true", "spring.main.web-application-type", "servlet"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    @Test
    void withoutPhoenixRoutesNothingChanges() {
        StandardEnvironment environment = environment(Map.of("spring.main.web-application-type", "servlet"));
        int sources = environment.getPropertySources().size();

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("servlet");
        assertThat(environment.getPropertySources().size()).isEqualTo(sources);
    }

    @Test
    void phoenixRoutesFalseChangesNothing() {
        for (String value : new String[] {"false", "FALSE"}) {
            StandardEnvironment environment = environment(Map.of("phoenix.routes", value));

            processor.postProcessEnvironment(environment, new SpringApplication());

            assertThat(environment.containsProperty("spring.main.web-application-type"))
                    .as(value)
                    .isFalse();
        }
    }

    @Test
    void postProcessorAndFailureAnalyzerAreRegistered() {
        SpringFactoriesLoader loader = SpringFactoriesLoader.forDefaultResourceLocation();
        SpringFactoriesLoader.FailureHandler skipFactoriesNeedingArguments = (type, name, failure) -> {};

        assertThat(loader.load(EnvironmentPostProcessor.class, null, skipFactoriesNeedingArguments))
                .hasAtLeastOneElementOfType(RoutesEnvironmentPostProcessor.class);
        assertThat(loader.load(FailureAnalyzer.class, null, skipFactoriesNeedingArguments))
                .hasAtLeastOneElementOfType(RouterFailureAnalyzer.class);
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
