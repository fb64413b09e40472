package io.phoenixspring.autoconfigure.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.autoconfigure.logger.PhoenixLoggerAutoConfiguration;
import io.phoenixspring.autoconfigure.router.PhoenixRouterAutoConfiguration;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.endpoint.DebugErrorRenderer;
import io.phoenixspring.endpoint.DefaultErrorRenderer;
import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.endpoint.EndpointConfigurationException;
import io.phoenixspring.endpoint.EndpointFilter;
import io.phoenixspring.endpoint.ErrorRenderer;
import io.phoenixspring.endpoint.ErrorView;
import io.phoenixspring.endpoint.RenderErrors;
import io.phoenixspring.endpoint.internal.ServletConnAdapter;
import io.phoenixspring.plug.HeadPlug;
import io.phoenixspring.plug.LoggerPlug;
import io.phoenixspring.plug.MethodOverridePlug;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.plug.ParsersPlug;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.plug.RequestIdPlug;
import io.phoenixspring.plug.SessionPlug;
import io.phoenixspring.plug.StaticPlug;
import io.phoenixspring.router.RouteTable;
import io.phoenixspring.router.RouterPlug;
import io.phoenixspring.router.Routes;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The endpoint's auto-configuration: its plugs, their back-off and properties, and the servlet filter. */
class PhoenixEndpointAutoConfigurationTests {

    private static final String SECRET = "s".repeat(64);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    PhoenixLoggerAutoConfiguration.class,
                    PhoenixRouterAutoConfiguration.class,
                    PhoenixEndpointAutoConfiguration.class));

    // ================================================================ defaults

    @Test
    void providesTheEndpointTheRouterAndTheBuiltInPlugsByDefault() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context)
                    .hasSingleBean(Endpoint.class)
                    .hasSingleBean(RouteTable.class)
                    .hasSingleBean(RouterPlug.class)
                    .hasSingleBean(Routes.class)
                    .hasSingleBean(StaticPlug.class)
                    .hasSingleBean(RequestIdPlug.class)
                    .hasSingleBean(LoggerPlug.class)
                    .hasSingleBean(ParsersPlug.class)
                    .hasSingleBean(MethodOverridePlug.class)
                    .hasSingleBean(HeadPlug.class)
                    .doesNotHaveBean(SessionPlug.class);
            assertThat(context.getBean(ErrorRenderer.class)).isInstanceOf(RenderErrors.class);
        });
    }

    @Test
    void endpointPlugsAreInPhoenixOrderWithTheRouterLast() {
        runner.withPropertyValues("phoenix.endpoint.session.key=_app_key", "phoenix.endpoint.secret-key-base=" + SECRET)
                .run(context -> assertThat(types(context.getBean(Endpoint.class).plugs()))
                        .containsExactly(
                                StaticPlug.class,
                                RequestIdPlug.class,
                                LoggerPlug.class,
                                ParsersPlug.class,
                                MethodOverridePlug.class,
                                HeadPlug.class,
                                SessionPlug.class,
                                RouterPlug.class));
    }

    @Test
    void endpointRunsTheBuiltInPlugBeansThemselves() {
        runner.run(context -> {
            List<Plug> plugs = context.getBean(Endpoint.class).plugs();
            assertThat(plugs)
                    .contains(
                            context.getBean(StaticPlug.class),
                            context.getBean(ParsersPlug.class),
                            context.getBean(RouterPlug.class));
        });
    }

    // ================================================================ back-off and properties

    static Stream<Arguments> builtInPlugs() {
        return Stream.of(
                Arguments.of(
                        StaticPlug.class,
                        (Supplier<Plug>) () -> new StaticPlug(StaticPlug.Options.defaults()),
                        "phoenix.endpoint.static.enabled=false"),
                Arguments.of(
                        RequestIdPlug.class,
                        (Supplier<Plug>) () -> new RequestIdPlug("x-trace-id"),
                        "phoenix.endpoint.request-id.enabled=false"),
                Arguments.of(
                        ParsersPlug.class,
                        (Supplier<Plug>)
                                () -> ParsersPlug.defaults(JsonMapper.builder().build()),
                        "phoenix.endpoint.parsers.enabled=false"),
                Arguments.of(
                        MethodOverridePlug.class,
                        (Supplier<Plug>) MethodOverridePlug::new,
                        "phoenix.endpoint.method-override=false"),
                Arguments.of(HeadPlug.class, (Supplier<Plug>) HeadPlug::new, "phoenix.endpoint.head=false"),
                Arguments.of(
                        LoggerPlug.class, (Supplier<Plug>) LoggerPlug::new, "phoenix.endpoint.log-requests=false"));
    }

    @ParameterizedTest
    @MethodSource("builtInPlugs")
    <T extends Plug> void builtInPlugBacksOffWhenTheApplicationDeclaresOne(
            Class<T> type, Supplier<Plug> custom, String disabling) {
        Plug mine = custom.get();
        runner.withBean("myPlug", type, () -> type.cast(mine)).run(context -> {
            assertThat(context).hasSingleBean(type);
            assertThat(context.getBean(type)).isSameAs(mine);
            assertThat(context.getBean(Endpoint.class).plugs()).contains(mine);
        });
    }

    @ParameterizedTest
    @MethodSource("builtInPlugs")
    <T extends Plug> void builtInPlugIsAbsentWhenDisabledByProperty(
            Class<T> type, Supplier<Plug> custom, String disabling) {
        runner.withPropertyValues(disabling).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(type);
            assertThat(types(context.getBean(Endpoint.class).plugs()))
                    .doesNotContain(type)
                    .endsWith(RouterPlug.class);
        });
    }

    @Test
    void staticPlugOptionsBindFromProperties() {
        runner.withPropertyValues("phoenix.endpoint.static.gzip=true", "phoenix.endpoint.static.only=assets")
                .run(context -> {
                    PhoenixEndpointProperties.Static properties =
                            context.getBean(PhoenixEndpointProperties.class).getStatic();
                    assertThat(properties.isGzip()).isTrue();
                    assertThat(properties.getOnly()).containsExactly("assets");
                });
    }

    @Test
    void parsersLengthBindsAsADataSize() {
        runner.withPropertyValues("phoenix.endpoint.parsers.length=2KB")
                .run(context -> assertThat(context.getBean(PhoenixEndpointProperties.class)
                                .getParsers()
                                .getLength()
                                .toBytes())
                        .isEqualTo(2048));
    }

    @Test
    void unknownParserFailsStartup() {
        runner.withPropertyValues("phoenix.endpoint.parsers.parsers=urlencoded,xml")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("unknown parser \"xml\""));
    }

    @Test
    void errorRendererBacksOff() {
        ErrorRenderer mine = (conn, status, error) -> conn.sendResp(status, "mine");
        runner.withBean(ErrorRenderer.class, () -> mine)
                .run(context -> assertThat(context.getBean(ErrorRenderer.class)).isSameAs(mine));
    }

    @Test
    void renderErrorsDefaultsToHtmlAndJsonLoggedAtDebug() {
        runner.run(context -> {
            RenderErrors.Options options = ((RenderErrors) context.getBean(ErrorRenderer.class)).options();
            assertThat(options).isEqualTo(RenderErrors.Options.defaults());
            assertThat(context.getBean(Endpoint.class).errorRenderer()).isSameAs(context.getBean(ErrorRenderer.class));
        });
    }

    @Test
    void renderErrorsOptionsBindFromProperties() {
        runner.withPropertyValues(
                        "phoenix.endpoint.render-errors.view=errors",
                        "phoenix.endpoint.render-errors.accepts=json,html",
                        "phoenix.endpoint.render-errors.log=info")
                .run(context -> assertThat(((RenderErrors) context.getBean(ErrorRenderer.class)).options())
                        .isEqualTo(new RenderErrors.Options(
                                "errors", List.of("json", "html"), org.slf4j.event.Level.INFO)));
    }

    @Test
    void renderErrorsLogFalseTurnsTheLineOff() {
        runner.withPropertyValues("phoenix.endpoint.render-errors.log=false")
                .run(context -> assertThat(((RenderErrors) context.getBean(ErrorRenderer.class))
                                .options()
                                .log())
                        .isNull());
    }

    @Test
    void renderErrorsWithoutFormatsFailsStartupSayingWhatToSet() {
        runner.withPropertyValues("phoenix.endpoint.render-errors.accepts=")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(EndpointConfigurationException.class)
                        .hasMessageContaining("phoenix.endpoint.render-errors.accepts is empty"));
    }

    @Test
    void applicationErrorViewIsUsed() {
        ErrorView view = (template, assigns) -> template.equals("404.html") ? "Page Not Found" : null;
        runner.withBean(ErrorView.class, () -> view).run(context -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            dispatch(context, "GET", "/nowhere", response);
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).isEqualTo("Page Not Found");
        });
    }

    @Test
    void debugErrorsIsOffByDefaultAndReplacesTheRendererWhenOn() {
        runner.run(context ->
                assertThat(context.getBean(Endpoint.class).errorRenderer()).isInstanceOf(RenderErrors.class));
        runner.withPropertyValues("phoenix.endpoint.debug-errors=true")
                .run(context -> assertThat(context.getBean(Endpoint.class).errorRenderer())
                        .isInstanceOf(DebugErrorRenderer.class));
    }

    // ================================================================ parameter filter

    @Test
    void parameterFilterDiscardsPasswordByDefault() {
        runner.run(context -> {
            ParameterFilter filter = context.getBean(ParameterFilter.class);
            assertThat(filter.isKeep()).isFalse();
            assertThat(filter.terms()).containsExactly("password");
        });
    }

    @Test
    void filterParametersBindFromProperties() {
        runner.withPropertyValues("phoenix.filter-parameters=password,secret")
                .run(context -> assertThat(context.getBean(ParameterFilter.class)
                                .filter(java.util.Map.of("client_secret", "x", "name", "n")))
                        .isEqualTo(java.util.Map.of("client_secret", "[FILTERED]", "name", "n")));
    }

    @Test
    void keepParametersSwitchToKeepMode() {
        runner.withPropertyValues("phoenix.keep-parameters=id,order").run(context -> {
            ParameterFilter filter = context.getBean(ParameterFilter.class);
            assertThat(filter.isKeep()).isTrue();
            assertThat(filter.terms()).containsExactly("id", "order");
        });
    }

    @Test
    void parameterFilterBacksOff() {
        ParameterFilter mine = ParameterFilter.discard(List.of("token"));
        runner.withBean(ParameterFilter.class, () -> mine)
                .run(context ->
                        assertThat(context.getBean(ParameterFilter.class)).isSameAs(mine));
    }

    @Test
    void endpointBacksOff() {
        runner.withBean(
                        "myEndpoint",
                        Endpoint.class,
                        () -> new Endpoint(
                                List.of(),
                                () -> io.phoenixspring.endpoint.EndpointUrl.localhost(1),
                                JsonMapper.builder().build(),
                                new DefaultErrorRenderer()))
                .run(context ->
                        assertThat(context.getBean(Endpoint.class).plugs()).isEmpty());
    }

    // ================================================================ session

    @Test
    void noSessionPlugWithoutSessionKey() {
        runner.withPropertyValues("phoenix.endpoint.secret-key-base=" + SECRET)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SessionPlug.class));
    }

    @Test
    void sessionPlugWithSessionKeyAndSecretKeyBase() {
        runner.withPropertyValues("phoenix.endpoint.session.key=_app_key", "phoenix.endpoint.secret-key-base=" + SECRET)
                .run(context -> assertThat(context).hasSingleBean(SessionPlug.class));
    }

    @Test
    void sessionKeyWithoutSecretKeyBaseFailsStartup() {
        runner.withPropertyValues("phoenix.endpoint.session.key=_app_key")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("secret-key-base"));
    }

    @Test
    void sessionKeyWithShortSecretKeyBaseFailsStartup() {
        runner.withPropertyValues("phoenix.endpoint.session.key=_app_key", "phoenix.endpoint.secret-key-base=short")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("secret-key-base")
                        .hasMessageContaining("64"));
    }

    @Test
    void sessionPlugBacksOff() {
        SessionPlug mine = new SessionPlug(
                SECRET,
                new SessionPlug.Options("_mine", "salt", null, "/", null, false, true, "Lax"),
                JsonMapper.builder().build());
        runner.withPropertyValues("phoenix.endpoint.session.key=_app_key")
                .withBean(SessionPlug.class, () -> mine)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(SessionPlug.class)).isSameAs(mine);
                });
    }

    // ================================================================ customizers

    @Test
    void customizersAddReplaceAndRemovePlugsInOrder() {
        runner.withUserConfiguration(Customizers.class).run(context -> {
            List<Plug> plugs = context.getBean(Endpoint.class).plugs();
            assertThat(plugs)
                    .containsExactly(
                            context.getBean(StaticPlug.class),
                            context.getBean(RequestIdPlug.class),
                            Customizers.BEFORE_PARSERS,
                            context.getBean(ParsersPlug.class),
                            context.getBean(MethodOverridePlug.class),
                            Customizers.REPLACED_HEAD,
                            Customizers.FIRST,
                            Customizers.SECOND,
                            context.getBean(RouterPlug.class));
        });
    }

    @Test
    void plugBeforeAMissingTypeAddsLast() {
        EndpointPlugs plugs = new EndpointPlugs(List.of(new HeadPlug()));
        Plug mine = conn -> conn;

        plugs.plugBefore(SessionPlug.class, mine);

        assertThat(plugs.plugs()).hasSize(2).last().isSameAs(mine);
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        static final Plug FIRST = conn -> conn.assign("first", true);
        static final Plug SECOND = conn -> conn.assign("second", true);
        static final Plug BEFORE_PARSERS = conn -> conn.assign("before_parsers", true);
        static final Plug REPLACED_HEAD = conn -> conn;

        @Bean
        @Order(2)
        EndpointCustomizer second() {
            return plugs -> plugs.plug(SECOND).replace(HeadPlug.class, REPLACED_HEAD);
        }

        @Bean
        @Order(1)
        EndpointCustomizer first() {
            return plugs -> plugs.plug(FIRST).remove(LoggerPlug.class).plugBefore(ParsersPlug.class, BEFORE_PARSERS);
        }
    }

    // ================================================================ fallthrough

    @Test
    void fallthroughPropertyPassesUnmatchedRequestsOn() {
        runner.withPropertyValues("phoenix.router.fallthrough=true").run(context -> {
            Conn conn = dispatch(context, "GET", "/nowhere");
            assertThat(conn.isSent()).isFalse();
            assertThat((Boolean) conn.getPrivate(Endpoint.PASS_ON)).isTrue();
        });
    }

    @Test
    void withoutFallthroughUnmatchedRequestsAreNotFound() {
        runner.run(context -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            Conn conn = dispatch(context, "GET", "/nowhere", response);
            assertThat(conn.isSent()).isTrue();
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).isEqualTo("Not Found");
        });
    }

    private static Conn dispatch(AssertableWebApplicationContext context, String method, String path) {
        return dispatch(context, method, path, new MockHttpServletResponse());
    }

    private static Conn dispatch(
            AssertableWebApplicationContext context, String method, String path, MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return context.getBean(Endpoint.class).dispatch(new Conn(new ServletConnAdapter(request, response)));
    }

    // ================================================================ servlet filter

    @Test
    void filterIsRegisteredInServletWebApplications() {
        runner.run(context -> {
            @SuppressWarnings("unchecked")
            FilterRegistrationBean<EndpointFilter> registration =
                    context.getBean("phoenixEndpointFilter", FilterRegistrationBean.class);
            assertThat(registration.getFilter()).isInstanceOf(EndpointFilter.class);
            assertThat(registration.getUrlPatterns()).containsExactly("/*");
            assertThat(registration.getOrder()).isEqualTo(PhoenixEndpointAutoConfiguration.FILTER_ORDER);
        });
    }

    @Test
    void noFilterOutsideServletWebApplications() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        PhoenixRouterAutoConfiguration.class, PhoenixEndpointAutoConfiguration.class))
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .hasSingleBean(Endpoint.class)
                        .doesNotHaveBean(FilterRegistrationBean.class)
                        .doesNotHaveBean("phoenixEndpointFilter"));
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        PhoenixRouterAutoConfiguration.class, PhoenixEndpointAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("phoenixEndpointFilter"));
    }

    @Test
    void filterBacksOffWhenTheApplicationRegistersOneByName() {
        FilterRegistrationBean<EndpointFilter> mine = new FilterRegistrationBean<>();
        runner.withBean("phoenixEndpointFilter", FilterRegistrationBean.class, () -> mine)
                .run(context ->
                        assertThat(context.getBean("phoenixEndpointFilter")).isSameAs(mine));
    }

    // ================================================================ URL

    @Test
    void endpointUrlComesFromUrlProperties() {
        runner.withPropertyValues(
                        "phoenix.endpoint.url.scheme=https",
                        "phoenix.endpoint.url.host=example.com",
                        "phoenix.endpoint.url.port=8443",
                        "phoenix.endpoint.url.path=/app")
                .run(context -> {
                    Endpoint endpoint = context.getBean(Endpoint.class);
                    assertThat(endpoint.url()).isEqualTo("https://example.com:8443");
                    assertThat(endpoint.path("/users")).isEqualTo("/app/users");
                    assertThat(endpoint.urlConfig().structUrl()).hasToString("https://example.com:8443/app");
                });
    }

    @Test
    void endpointUrlOmitsTheDefaultPortOfItsScheme() {
        runner.withPropertyValues(
                        "phoenix.endpoint.url.scheme=https",
                        "phoenix.endpoint.url.host=example.com",
                        "phoenix.endpoint.url.port=443")
                .run(context ->
                        assertThat(context.getBean(Endpoint.class).url()).isEqualTo("https://example.com"));
        runner.withPropertyValues("phoenix.endpoint.url.host=example.com", "phoenix.endpoint.url.port=80")
                .run(context ->
                        assertThat(context.getBean(Endpoint.class).url()).isEqualTo("http://example.com"));
    }

    @Test
    void endpointUrlPortDefaultsToTheServerPort() {
        runner.withPropertyValues("local.server.port=5123", "server.port=4000")
                .run(context ->
                        assertThat(context.getBean(Endpoint.class).url()).isEqualTo("http://localhost:5123"));
        runner.withPropertyValues("server.port=4000")
                .run(context ->
                        assertThat(context.getBean(Endpoint.class).url()).isEqualTo("http://localhost:4000"));
        runner.run(context -> assertThat(context.getBean(Endpoint.class).url()).isEqualTo("http://localhost:8080"));
    }

    @Test
    void invalidUrlSchemeFailsWithAMessage() {
        runner.withPropertyValues("phoenix.endpoint.url.scheme=ftp").run(context -> {
            Endpoint endpoint = context.getBean(Endpoint.class);
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(endpoint::url)
                    .withMessageContaining("http or https");
        });
    }

    private static List<Class<?>> types(List<Plug> plugs) {
        return plugs.stream().<Class<?>>map(Object::getClass).toList();
    }
}
