package io.phoenixspring.autoconfigure.router;

import static io.phoenixspring.controller.Controller.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.autoconfigure.endpoint.PhoenixEndpointAutoConfiguration;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.router.Route;
import io.phoenixspring.router.RouteTable;
import io.phoenixspring.router.RouterConfigurer;
import io.phoenixspring.router.RouterException;
import io.phoenixspring.router.RouterPlug;
import io.phoenixspring.router.Routes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The router's auto-configuration: the compiled table, helpers, properties, failures and the mappings. */
class PhoenixRouterAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    PhoenixRouterAutoConfiguration.class, PhoenixEndpointAutoConfiguration.class));

    @Test
    void compilesEveryRouterConfigurerInOrder() {
        runner.withUserConfiguration(Routers.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(RouteTable.class);
            List<Route> routes = context.getBean(RouteTable.class).routes();
            assertThat(routes).extracting(Route::path).containsExactly("/pages/:id", "/pages", "/health");
            assertThat(routes.get(0).plug()).isEqualTo(PageController.class);
        });
    }

    @Test
    void controllersAreTheApplicationsBeans() {
        PageController mine = new PageController();
        runner.withUserConfiguration(Routers.class)
                .withBean(PageController.class, () -> mine)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(PageController.class)).isSameAs(mine);
                });
    }

    @Test
    void routesHelpersUseTheEndpointUrl() {
        runner.withUserConfiguration(Routers.class)
                .withPropertyValues(
                        "phoenix.endpoint.url.scheme=https",
                        "phoenix.endpoint.url.host=example.com",
                        "phoenix.endpoint.url.port=443",
                        "phoenix.endpoint.url.path=/app")
                .run(context -> {
                    Routes routes = context.getBean(Routes.class);
                    assertThat(routes.url()).isEqualTo("https://example.com");
                    assertThat(routes.path(null, "page", "show", 7)).isEqualTo("/app/pages/7");
                    assertThat(routes.url(null, "page", "show", 7)).isEqualTo("https://example.com/app/pages/7");
                });
    }

    @Test
    void fallthroughPropertyBinds() {
        runner.withPropertyValues("phoenix.router.fallthrough=true")
                .run(context -> assertThat(
                                context.getBean(PhoenixRouterProperties.class).isFallthrough())
                        .isTrue());
        runner.run(context -> assertThat(
                        context.getBean(PhoenixRouterProperties.class).isFallthrough())
                .isFalse());
    }

    @Test
    void routerPlugBacksOff() {
        runner.withBean(
                        "myRouterPlug",
                        RouterPlug.class,
                        () -> new RouterPlug(
                                RouteTable.compile(
                                        List.of(),
                                        type -> new Object(),
                                        getClass().getClassLoader()),
                                true))
                .run(context -> {
                    assertThat(context).hasSingleBean(RouterPlug.class);
                    assertThat(context.getBean(RouterPlug.class).table())
                            .isNotSameAs(context.getBean(RouteTable.class));
                });
    }

    // ================================================================ failures

    @Test
    void missingActionFailsStartupWithARouterException() {
        runner.withUserConfiguration(BrokenRouter.class).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).hasRootCauseInstanceOf(IllegalArgumentException.class);
            assertThat(routerException(failure))
                    .isNotNull()
                    .hasMessageContaining("nope")
                    .hasMessageContaining("PageController");
        });
    }

    @Test
    void failureAnalyzerExplainsTheRouterException() {
        runner.withUserConfiguration(BrokenRouter.class).run(context -> {
            FailureAnalysis analysis = new RouterFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription())
                    .contains("The Phoenix routes could not be compiled")
                    .contains("nope");
            assertThat(analysis.getAction()).isNotBlank().contains("RouterConfigurer");
            assertThat(analysis.getCause()).isInstanceOf(RouterException.class);
        });
    }

    @Test
    void unknownPipelineFailsStartupWithItsName() {
        runner.withBean(
                        RouterConfigurer.class,
                        () -> router -> router.scope(
                                "/", s -> s.pipeThrough("browser").get("/", PageController.class, "index")))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(routerException(context.getStartupFailure()))
                            .isNotNull()
                            .hasMessageContaining("\"browser\"");
                });
    }

    @Test
    void failureAnalyzerIgnoresOtherFailures() {
        assertThat(new RouterFailureAnalyzer().analyze(new IllegalStateException("unrelated")))
                .isNull();
    }

    // ================================================================ route listing and mappings

    @Test
    void routesPrinterOnlyWithThePhoenixRoutesProperty() {
        runner.run(context -> assertThat(context).doesNotHaveBean(RoutesPrinter.class));
        runner.withPropertyValues("phoenix.routes=true")
                .run(context -> assertThat(context).hasSingleBean(RoutesPrinter.class));
    }

    @Test
    void routeMappingsDescribeEveryRoute() {
        runner.withUserConfiguration(Routers.class).run(context -> {
            assertThat(context).hasSingleBean(RouteMappingsProvider.class);
            RouteMappingsProvider provider = context.getBean(RouteMappingsProvider.class);
            assertThat(provider.getMappingName()).isEqualTo("phoenixRoutes");
            List<Map<String, Object>> mappings = provider.describeMappings(context);
            assertThat(mappings).hasSize(3);
            assertThat(mappings.get(0))
                    .containsEntry("helper", "page_path")
                    .containsEntry("verb", "GET")
                    .containsEntry("path", "/pages/:id")
                    .containsEntry("plug", PageController.class.getName())
                    .containsEntry("plugOpts", "show")
                    .containsEntry("pipeThrough", List.of("browser"))
                    .doesNotContainKey("host");
            assertThat(mappings.get(2))
                    .containsEntry("verb", "GET")
                    .containsEntry("path", "/health")
                    .containsEntry("host", "admin.");
        });
    }

    @Test
    void routeMappingsOfATableWithoutRoutesAreEmpty() {
        RouteTable empty =
                RouteTable.compile(List.of(), type -> new Object(), getClass().getClassLoader());

        assertThat(new RouteMappingsProvider(empty).describeMappings(null)).isEmpty();
    }

    private static RouterException routerException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RouterException e) {
                return e;
            }
        }
        return null;
    }

    // ================================================================ fixtures

    /** A controller. */
    public static class PageController {

        public Conn index(Conn conn, Params params) {
            return text(conn, "index");
        }

        public Conn show(Conn conn, Params params) {
            return text(conn, "show " + params.getString("id"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Routers {

        @Bean
        @Order(1)
        RouterConfigurer pages() {
            return router -> {
                router.pipeline("browser", p -> p.plug(conn -> conn));
                router.scope("/", s -> {
                    s.pipeThrough("browser");
                    s.get("/pages/:id", PageController.class, "show");
                    s.get("/pages", PageController.class, "index");
                });
            };
        }

        @Bean
        @Order(2)
        RouterConfigurer admin() {
            return router -> router.scope(
                    io.phoenixspring.router.ScopeOptions.path("/").host("admin."),
                    s -> s.get("/health", PageController.class, "index"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BrokenRouter {

        @Bean
        RouterConfigurer broken() {
            return router -> router.get("/", PageController.class, "nope");
        }
    }
}
