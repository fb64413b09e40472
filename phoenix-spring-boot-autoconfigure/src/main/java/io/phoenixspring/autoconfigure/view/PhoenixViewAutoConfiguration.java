package io.phoenixspring.autoconfigure.view;

import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.router.Routes;
import io.phoenixspring.view.RoutesDialect;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Registers the {@code #routes} expression object with Thymeleaf when Thymeleaf is on the class path. */
@AutoConfiguration(after = PhoenixRouterAutoConfiguration.class)
@ConditionalOnClass(name = "org.thymeleaf.dialect.IExpressionObjectDialect")
public final class PhoenixViewAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RoutesDialect phoenixRoutesDialect(Routes routes) {
        return new RoutesDialect(routes);
    }
}
