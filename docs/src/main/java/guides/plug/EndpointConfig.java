package guides.plug;

import io.phoenixspring.autoconfigure.endpoint.EndpointCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Endpoint plugs run for every request, before the router. */
@Configuration(proxyBeanMethods = false)
public class EndpointConfig {

    @Bean
    EndpointCustomizer introspect() {
        return plugs -> plugs.plug(conn -> conn.putRespHeader("x-introspected", "1"));
    }
}
