package io.phoenixspring.autoconfigure.endpoint;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults the endpoint needs from Spring MVC, at the lowest precedence so an application can still set them:
 * Spring's {@code FormContentFilter} is turned off, because it would read the form bodies of PUT, PATCH and DELETE
 * requests before the endpoint's parsers (and their CSRF tokens) see them. Requests passed on to Spring MVC still get
 * their form params, from the endpoint's parsed body.
 */
public final class EndpointDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE = "phoenixEndpointDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(SOURCE, Map.of("spring.mvc.formcontent.filter.enabled", "false")));
    }
}
