package io.phoenixspring.autoconfigure.logger;

import io.phoenixspring.autoconfigure.endpoint.PhoenixEndpointAutoConfiguration;
import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.plug.ParameterFilter;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link ParameterFilter} of Phoenix's log lines and of the debug error page, from {@code phoenix.filter-parameters}
 * or {@code phoenix.keep-parameters}. Declare a {@code ParameterFilter} bean to replace it.
 */
@AutoConfiguration(before = {PhoenixRouterAutoConfiguration.class, PhoenixEndpointAutoConfiguration.class})
@EnableConfigurationProperties(PhoenixLoggerProperties.class)
public final class PhoenixLoggerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ParameterFilter phoenixParameterFilter(PhoenixLoggerProperties properties) {
        List<String> keep = properties.getKeepParameters();
        return keep != null ? ParameterFilter.keep(keep) : ParameterFilter.discard(properties.getFilterParameters());
    }
}
