package io.phoenixspring.autoconfigure.router;

import io.phoenixspring.autoconfigure.endpoint.PhoenixEndpointProperties;
import io.phoenixspring.endpoint.EndpointUrl;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.router.RouteTable;
import io.phoenixspring.router.RouterConfigurer;
import io.phoenixspring.router.RouterPlug;
import io.phoenixspring.router.Routes;
import io.phoenixspring.telemetry.Telemetry;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Compiles every {@link RouterConfigurer} bean into one {@link RouteTable} at startup, and provides the
 * {@link RouterPlug} and the {@link Routes} helpers. Controllers are the application's beans of their class, or are
 * created (and autowired) once when they are not beans.
 */
@AutoConfiguration
@EnableConfigurationProperties({PhoenixRouterProperties.class, PhoenixEndpointProperties.class})
public final class PhoenixRouterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RouteTable phoenixRouteTable(ObjectProvider<RouterConfigurer> configurers, ApplicationContext context) {
        AutowireCapableBeanFactory factory = context.getAutowireCapableBeanFactory();
        return RouteTable.compile(
                configurers.orderedStream().toList(),
                type -> controller(context, factory, type),
                context.getClassLoader() == null ? getClass().getClassLoader() : context.getClassLoader());
    }

    private static <T> Object controller(
            ApplicationContext context, AutowireCapableBeanFactory factory, Class<T> type) {
        return context.getBeanProvider(type).getIfAvailable(() -> factory.createBean(type));
    }

    @Bean
    @ConditionalOnMissingBean
    RouterPlug phoenixRouterPlug(
            ObjectProvider<RouteTable> table,
            PhoenixRouterProperties properties,
            ObjectProvider<ParameterFilter> filter,
            ObjectProvider<Telemetry> telemetry) {
        return new RouterPlug(
                table::getObject,
                properties.isFallthrough(),
                filter.getIfAvailable(ParameterFilter::defaults),
                telemetry.getIfAvailable(Telemetry::new));
    }

    /**
     * Compiles the routes once every singleton exists (controllers may depend on the endpoint, which holds the
     * router), so a wrong route still fails the startup.
     */
    @Bean
    static org.springframework.beans.factory.SmartInitializingSingleton phoenixRouteCompilation(
            ObjectProvider<RouterPlug> router) {
        return () -> router.ifAvailable(RouterPlug::table);
    }

    @Bean
    @ConditionalOnMissingBean
    Supplier<EndpointUrl> phoenixEndpointUrl(PhoenixEndpointProperties properties, Environment environment) {
        PhoenixEndpointProperties.Url url = properties.getUrl();
        return () -> new EndpointUrl(url.getScheme(), url.getHost(), port(url, environment), url.getPath());
    }

    private static int port(PhoenixEndpointProperties.Url url, Environment environment) {
        if (url.getPort() != null) {
            return url.getPort();
        }
        Integer local = environment.getProperty("local.server.port", Integer.class);
        if (local != null && local > 0) {
            return local;
        }
        Integer configured = environment.getProperty("server.port", Integer.class);
        return configured != null && configured > 0 ? configured : 8080;
    }

    @Bean
    @ConditionalOnMissingBean
    Routes phoenixRoutes(ObjectProvider<RouteTable> table, Supplier<EndpointUrl> url) {
        return new Routes(() -> table.getObject().routes(), url);
    }

    @Bean
    @ConditionalOnProperty("phoenix.routes")
    RoutesPrinter phoenixRoutesPrinter(RouteTable table) {
        return new RoutesPrinter(table);
    }

    /** The routes in the actuator {@code mappings} endpoint, when the actuator is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.web.mappings.MappingDescriptionProvider")
    static final class MappingsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        RouteMappingsProvider phoenixRouteMappingsProvider(RouteTable table) {
            return new RouteMappingsProvider(table);
        }
    }
}
