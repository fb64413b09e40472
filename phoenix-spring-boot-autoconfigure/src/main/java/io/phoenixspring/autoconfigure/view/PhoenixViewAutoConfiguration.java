package io.phoenixspring.autoconfigure.view;

import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.router.Routes;
import io.phoenixspring.view.TemplateRenderer;
import io.phoenixspring.view.ThymeleafTemplateRenderer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.thymeleaf.ITemplateEngine;

/**
 * Registers the {@code #routes} expression object with Thymeleaf, and the {@link TemplateRenderer} the controllers'
 * {@code render} uses, when Thymeleaf is on the class path.
 */
@AutoConfiguration(
        after = PhoenixRouterAutoConfiguration.class,
        afterName = "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration")
@ConditionalOnClass(name = "org.thymeleaf.dialect.IExpressionObjectDialect")
public final class PhoenixViewAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RoutesDialect phoenixRoutesDialect(Routes routes) {
        return new RoutesDialect(routes);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ITemplateEngine.class)
    TemplateRenderer phoenixTemplateRenderer(ITemplateEngine engine) {
        return new ThymeleafTemplateRenderer(engine);
    }
}
