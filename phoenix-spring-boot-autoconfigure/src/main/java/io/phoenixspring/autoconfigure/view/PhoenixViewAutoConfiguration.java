package io.phoenixspring.autoconfigure.view;

import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.router.Routes;
import io.phoenixspring.telemetry.Telemetry;
import io.phoenixspring.view.TemplateRenderer;
import io.phoenixspring.view.ThymeleafTemplateRenderer;
import io.phoenixspring.view.View;
import io.phoenixspring.view.ViewRenderer;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The view layer: the {@link ViewRenderer} over the application's {@link View} beans and, when Thymeleaf is on the
 * class path, its templates ({@code templates/user/show.html}, and {@code show.text}, {@code show.xml}, ... for other
 * formats), the {@code #routes} expression object and the {@link TemplateRenderer}.
 */
@AutoConfiguration(
        after = PhoenixRouterAutoConfiguration.class,
        afterName = "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration")
public final class PhoenixViewAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ViewRenderer phoenixViewRenderer(
            ObjectProvider<View> views,
            ObjectProvider<TemplateRenderer> templates,
            ObjectProvider<JsonMapper> json,
            ObjectProvider<Telemetry> telemetry) {
        return new ViewRenderer(
                views.orderedStream().toList(),
                templates.getIfAvailable(),
                json.getIfAvailable(JsonMapper::new),
                telemetry.getIfAvailable(Telemetry::new));
    }

    /** Thymeleaf templates. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.thymeleaf.dialect.IExpressionObjectDialect")
    static final class ThymeleafConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RoutesDialect phoenixRoutesDialect(Routes routes) {
            return new RoutesDialect(routes);
        }

        @Bean
        @ConditionalOnMissingBean
        PhoenixDialect phoenixDialect(Routes routes) {
            return new PhoenixDialect(routes);
        }

        /** Templates of formats other than HTML keep their extension: {@code user/index.text}. */
        @Bean
        @ConditionalOnMissingBean(name = "phoenixFormatTemplateResolver")
        ClassLoaderTemplateResolver phoenixFormatTemplateResolver(Environment environment) {
            String prefix = environment.getProperty("spring.thymeleaf.prefix", "classpath:/templates/");
            ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
            resolver.setPrefix(prefix.replaceFirst("^classpath\\*?:/?", ""));
            resolver.setSuffix("");
            resolver.setResolvablePatterns(
                    Set.of("*.text", "*.txt", "*.csv", "*.xml", "*.js", "*.css", "*.rss", "*.atom"));
            resolver.setTextTemplateModePatterns(Set.of("*.text", "*.txt", "*.csv"));
            resolver.setXmlTemplateModePatterns(Set.of("*.xml", "*.rss", "*.atom"));
            resolver.setJavaScriptTemplateModePatterns(Set.of("*.js"));
            resolver.setCSSTemplateModePatterns(Set.of("*.css"));
            resolver.setTemplateMode(TemplateMode.TEXT);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setCheckExistence(true);
            resolver.setCacheable(environment.getProperty("spring.thymeleaf.cache", Boolean.class, true));
            resolver.setOrder(0);
            return resolver;
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(ITemplateEngine.class)
        TemplateRenderer phoenixTemplateRenderer(ITemplateEngine engine) {
            return new ThymeleafTemplateRenderer(engine);
        }
    }
}
