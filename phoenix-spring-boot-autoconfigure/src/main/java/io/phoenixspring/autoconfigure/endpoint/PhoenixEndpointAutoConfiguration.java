package io.phoenixspring.autoconfigure.endpoint;

import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.endpoint.DebugErrorRenderer;
import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.endpoint.EndpointConfigurationException;
import io.phoenixspring.endpoint.EndpointFilter;
import io.phoenixspring.endpoint.EndpointUrl;
import io.phoenixspring.endpoint.ErrorRenderer;
import io.phoenixspring.endpoint.ErrorView;
import io.phoenixspring.endpoint.RenderErrors;
import io.phoenixspring.endpoint.TransportHandler;
import io.phoenixspring.plug.EndpointLogger;
import io.phoenixspring.plug.HeadPlug;
import io.phoenixspring.plug.LoggerPlug;
import io.phoenixspring.plug.MethodOverridePlug;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.plug.ParsersPlug;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.plug.RequestIdPlug;
import io.phoenixspring.plug.SessionPlug;
import io.phoenixspring.plug.StaticPlug;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.router.RouteFormatter;
import io.phoenixspring.router.RouterPlug;
import io.phoenixspring.telemetry.Telemetry;
import io.phoenixspring.token.PhoenixToken;
import io.phoenixspring.view.TemplateRenderer;
import io.phoenixspring.view.ViewRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoint: its built-in plugs in Phoenix's order (Static, RequestId, request logging, Parsers, MethodOverride,
 * Head, Session), the plugs {@link EndpointCustomizer}s add, the router last; and the servlet filter that runs it,
 * ordered after Spring Security's filter chain. Each built-in plug is a bean that an application bean of the same
 * type replaces, and can be turned off under {@code phoenix.endpoint.*}. Failures are rendered by the
 * {@link ErrorRenderer} bean ({@link RenderErrors} unless the application declares one), or by the development page
 * when {@code phoenix.endpoint.debug-errors} is on. With {@code phoenix.endpoint.secret-key-base} set, a
 * {@link PhoenixToken} signs and verifies tokens with it.
 */
@AutoConfiguration(
        after = PhoenixRouterAutoConfiguration.class,
        afterName = "io.phoenixspring.autoconfigure.view.PhoenixViewAutoConfiguration")
@EnableConfigurationProperties(PhoenixEndpointProperties.class)
public final class PhoenixEndpointAutoConfiguration {

    /** The filter order: after Spring Security's filter chain and the usual servlet filters. */
    public static final int FILTER_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "phoenix.endpoint.static.enabled", matchIfMissing = true)
    StaticPlug phoenixStaticPlug(PhoenixEndpointProperties properties) {
        PhoenixEndpointProperties.Static options = properties.getStatic();
        return new StaticPlug(new StaticPlug.Options(
                options.getAt(),
                options.getFrom(),
                options.getOnly(),
                options.getOnlyMatching(),
                options.isGzip(),
                options.getCacheControlForEtags(),
                options.getCacheControlForVsnRequests(),
                options.getHeaders()));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "phoenix.endpoint.request-id.enabled", matchIfMissing = true)
    RequestIdPlug phoenixRequestIdPlug(PhoenixEndpointProperties properties) {
        return new RequestIdPlug(properties.getRequestId().getHeader());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "phoenix.endpoint.log-requests", matchIfMissing = true)
    LoggerPlug phoenixLoggerPlug(ObjectProvider<Telemetry> telemetry) {
        Telemetry bus = telemetry.getIfAvailable();
        return bus == null ? new LoggerPlug() : new LoggerPlug(bus, Level.INFO);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "phoenix.endpoint.parsers.enabled", matchIfMissing = true)
    ParsersPlug phoenixParsersPlug(PhoenixEndpointProperties properties, ObjectProvider<JsonMapper> json) {
        PhoenixEndpointProperties.Parsers parsers = properties.getParsers();
        return new ParsersPlug(
                new LinkedHashSet<>(parsers.getParsers()),
                parsers.getPass(),
                parsers.getLength().toBytes(),
                json.getIfAvailable(JsonMapper::new));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "phoenix.endpoint.method-override", matchIfMissing = true)
    MethodOverridePlug phoenixMethodOverridePlug() {
        return new MethodOverridePlug();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "phoenix.endpoint.head", matchIfMissing = true)
    HeadPlug phoenixHeadPlug() {
        return new HeadPlug();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("phoenix.endpoint.session.key")
    SessionPlug phoenixSessionPlug(PhoenixEndpointProperties properties, ObjectProvider<JsonMapper> json) {
        PhoenixEndpointProperties.Session session = properties.getSession();
        String secret = secretKeyBase(properties.getSecretKeyBase(), "the session (phoenix.endpoint.session.key)");
        return new SessionPlug(
                secret,
                new SessionPlug.Options(
                        String.valueOf(session.getKey()),
                        session.getSigningSalt(),
                        session.getMaxAge(),
                        session.getPath(),
                        session.getDomain(),
                        session.isSecure(),
                        session.isHttpOnly(),
                        session.getSameSite(),
                        encryptionSalt(session.getEncryptionSalt())),
                json.getIfAvailable(JsonMapper::new));
    }

    /**
     * {@code Phoenix.Token} over the endpoint's secret key base, when one is set (it must then be at least 64 bytes).
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("phoenix.endpoint.secret-key-base")
    PhoenixToken phoenixToken(PhoenixEndpointProperties properties) {
        return new PhoenixToken(secretKeyBase(properties.getSecretKeyBase(), "Phoenix.Token (the PhoenixToken bean)"));
    }

    /** The encryption salt, unset or non-blank: a blank one must not silently turn encryption off. */
    private static @Nullable String encryptionSalt(@Nullable String salt) {
        if (salt != null && salt.isBlank()) {
            throw new EndpointConfigurationException(
                    "phoenix.endpoint.session.encryption-salt is set but blank, so the session cookie could not be"
                            + " encrypted.",
                    "Set phoenix.endpoint.session.encryption-salt to a non-blank value (e.g. a random string of 8 or"
                            + " more characters), or remove it for a signed-only session cookie.");
        }
        return salt;
    }

    /**
     * The secret key base, checked: present and at least 64 bytes.
     *
     * @throws EndpointConfigurationException saying what needs it and how to generate one
     */
    static String secretKeyBase(@Nullable String secret, String usedBy) {
        String generate = "Set phoenix.endpoint.secret-key-base (in production from the environment,"
                + " PHOENIX_ENDPOINT_SECRET_KEY_BASE) to a random value of at least 64 bytes, generated with"
                + " `openssl rand -base64 48`.";
        if (secret == null || secret.isBlank()) {
            throw new EndpointConfigurationException(
                    usedBy + " needs phoenix.endpoint.secret-key-base, which is not set.", generate);
        }
        int length = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (length < 64) {
            throw new EndpointConfigurationException(
                    usedBy + " needs a phoenix.endpoint.secret-key-base of at least 64 bytes, but it is " + length
                            + " bytes long.",
                    generate);
        }
        return secret;
    }

    /**
     * Renders failures as {@code phoenix.endpoint.render-errors.*} says, with the application's {@link ErrorView}
     * (when it declares one) and the error templates.
     */
    @Bean
    @ConditionalOnMissingBean
    ErrorRenderer phoenixErrorRenderer(
            PhoenixEndpointProperties properties,
            ObjectProvider<TemplateRenderer> templates,
            ObjectProvider<ErrorView> view,
            ObjectProvider<JsonMapper> json,
            ObjectProvider<Telemetry> telemetry) {
        PhoenixEndpointProperties.RenderErrors options = properties.getRenderErrors();
        if (options.getAccepts().isEmpty()) {
            throw new EndpointConfigurationException(
                    "phoenix.endpoint.render-errors.accepts is empty, so errors have no format to be rendered in.",
                    "Set phoenix.endpoint.render-errors.accepts to the formats of your routes, e.g. html,json"
                            + " (the default).");
        }
        return new RenderErrors(
                new RenderErrors.Options(options.getView(), options.getAccepts(), level(options.getLog())),
                templates.getIfUnique(),
                view.getIfUnique(),
                json.getIfAvailable(JsonMapper::new),
                telemetry.getIfAvailable(EndpointLogger::bus));
    }

    /** The SLF4J level of a Spring Boot log level; null (no line) for {@code off}. */
    static @Nullable Level level(LogLevel level) {
        return switch (level) {
            case TRACE -> Level.TRACE;
            case DEBUG -> Level.DEBUG;
            case INFO -> Level.INFO;
            case WARN -> Level.WARN;
            case ERROR, FATAL -> Level.ERROR;
            case OFF -> null;
        };
    }

    /**
     * What the endpoint renders failures with: the development page when {@code phoenix.endpoint.debug-errors} is
     * on, the error renderer otherwise.
     */
    static ErrorRenderer effectiveErrorRenderer(
            ErrorRenderer errors, PhoenixEndpointProperties properties, ParameterFilter filter, RouterPlug router) {
        if (!properties.isDebugErrors()) {
            return errors;
        }
        List<String> accepts = properties.getRenderErrors().getAccepts();
        return new DebugErrorRenderer(
                filter, () -> RouteFormatter.format(router.table().routes()), accepts);
    }

    @Bean
    @ConditionalOnMissingBean
    Endpoint phoenixEndpoint(
            ObjectProvider<StaticPlug> staticPlug,
            ObjectProvider<RequestIdPlug> requestId,
            ObjectProvider<LoggerPlug> logger,
            ObjectProvider<ParsersPlug> parsers,
            ObjectProvider<MethodOverridePlug> methodOverride,
            ObjectProvider<HeadPlug> head,
            ObjectProvider<SessionPlug> session,
            ObjectProvider<EndpointCustomizer> customizers,
            RouterPlug router,
            Supplier<EndpointUrl> url,
            ObjectProvider<JsonMapper> json,
            ErrorRenderer errors,
            ObjectProvider<TemplateRenderer> templates,
            ObjectProvider<ViewRenderer> views,
            PhoenixEndpointProperties properties,
            ObjectProvider<ParameterFilter> filter,
            ObjectProvider<PubSub> pubSub) {
        List<Plug> builtIn = new ArrayList<>();
        staticPlug.ifAvailable(builtIn::add);
        requestId.ifAvailable(builtIn::add);
        logger.ifAvailable(builtIn::add);
        parsers.ifAvailable(builtIn::add);
        methodOverride.ifAvailable(builtIn::add);
        head.ifAvailable(builtIn::add);
        session.ifAvailable(builtIn::add);
        EndpointPlugs plugs = new EndpointPlugs(builtIn);
        customizers.orderedStream().forEach(c -> c.customize(plugs));
        List<Plug> all = new ArrayList<>(plugs.plugs());
        all.add(router);
        Map<String, Object> privateData = new LinkedHashMap<>();
        templates.ifAvailable(renderer -> privateData.put(TemplateRenderer.PRIVATE_KEY, renderer));
        views.ifAvailable(renderer -> privateData.put(ViewRenderer.PRIVATE_KEY, renderer));
        ErrorRenderer renderer =
                effectiveErrorRenderer(errors, properties, filter.getIfAvailable(ParameterFilter::defaults), router);
        return new Endpoint(
                all, url, json.getIfAvailable(JsonMapper::new), renderer, privateData, pubSub.getIfAvailable());
    }

    /** The servlet filter, in servlet web applications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    static final class ServletEndpointConfiguration {

        private static final String ACTUATOR = "org.springframework.boot.actuate.endpoint.annotation.Endpoint";

        @Bean
        @ConditionalOnMissingBean(name = "phoenixEndpointFilter")
        FilterRegistrationBean<EndpointFilter> phoenixEndpointFilter(
                Endpoint endpoint,
                PhoenixEndpointProperties properties,
                Environment environment,
                ObjectProvider<TransportHandler> transports) {
            List<String> passThrough = new ArrayList<>(properties.getPassThrough());
            List<TransportHandler> transportHandlers = new ArrayList<>();
            transports.orderedStream().forEach(transportHandlers::add);
            if (ClassUtils.isPresent(ACTUATOR, getClass().getClassLoader())) {
                passThrough.add(environment.getProperty("management.endpoints.web.base-path", "/actuator"));
            }
            FilterRegistrationBean<EndpointFilter> registration =
                    new FilterRegistrationBean<>(new EndpointFilter(endpoint, passThrough, transportHandlers));
            registration.setName("phoenixEndpointFilter");
            registration.addUrlPatterns("/*");
            registration.setOrder(FILTER_ORDER);
            return registration;
        }
    }
}
