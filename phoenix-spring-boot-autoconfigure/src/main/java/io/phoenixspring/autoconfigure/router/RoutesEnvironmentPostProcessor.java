package io.phoenixspring.autoconfigure.router;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --phoenix.routes}, runs the application without a web server and quietly, so the route listing is all
 * it prints.
 */
public final class RoutesEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty("phoenix.routes")
                || "false".equalsIgnoreCase(environment.getProperty("phoenix.routes"))) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "phoenixRoutes",
                        Map.of(
                                "spring.main.web-application-type", "none",
                                "spring.main.banner-mode", "off",
                                "spring.main.log-startup-info", "false",
                                "logging.level.root", "error")));
    }
}
