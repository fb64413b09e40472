package io.phoenixspring.router;

import static io.phoenixspring.router.RouterFixtures.compile;
import static io.phoenixspring.router.RouterFixtures.request;
import static io.phoenixspring.router.RouterFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.router.RouterFixtures.PageController;
import io.phoenixspring.router.RouterFixtures.PostController;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The compiled table: {@code routeInfo}, route order across routers, duplicates and invalid paths. */
class RouteTableTests {

    /** A router with a pipeline and a route carrying metadata. */
    static final class BlogRouter implements RouterConfigurer {

        @Override
        public void configure(Router router) {
            router.pipeline("browser", p -> {});
            router.scope("/", s -> {
                s.pipeThrough("browser");
                s.get(
                        "/posts/:id",
                        PostController.class,
                        "show",
                        RouteOptions.options().metadata(Map.of("tag", "x")));
                s.get(
                        "/api",
                        PageController.class,
                        "index",
                        RouteOptions.options().host("api."));
            });
        }
    }

    /** A second router, compiled after the first. */
    static final class ShopRouter implements RouterConfigurer {

        @Override
        public void configure(Router router) {
            router.get("/shop", PageController.class, "hello");
        }
    }

    @Test
    void routeInfoGivesTheRouteAndItsPathParams() {
        RouteInfo info = compile(new BlogRouter())
                .routeInfo("GET", "/posts/123", "myhost")
                .orElseThrow();

        assertThat(info.pathParams()).isEqualTo(Map.of("id", "123"));
        assertThat(info.route().path()).isEqualTo("/posts/:id");
        assertThat(info.route().plug()).isEqualTo(PostController.class);
        assertThat(info.route().plugOpts()).isEqualTo("show");
        assertThat(info.route().pipeThrough()).containsExactly("browser");
        assertThat(info.route().metadata()).isEqualTo(Map.of("tag", "x"));
    }

    @Test
    void routeInfoIsEmptyWithoutAMatch() {
        RouteTable table = compile(new BlogRouter());

        assertThat(table.routeInfo("GET", "/not-exists", "myhost")).isEmpty();
        assertThat(table.routeInfo("POST", "/posts/123", "myhost")).isEmpty();
        assertThat(table.routeInfo("GET", "/api", "myhost")).isEmpty();
        assertThat(table.routeInfo("GET", "/api", "api.myhost")).isPresent();
    }

    @Test
    void routeInfoSplitsButDoesNotDecodeThePath() {
        RouteInfo info = compile(new BlogRouter())
                .routeInfo("GET", "//posts/a%20b/", "myhost")
                .orElseThrow();

        assertThat(info.pathParams()).isEqualTo(Map.of("id", "a%20b"));
    }

    @Test
    void matchOfAForwardTellsHowManySegmentsItConsumed() {
        RouteTable table = compile(r -> r.scope("/admin", s -> s.forward("/jobs", conn -> conn)));

        RouteTable.Match match =
                table.match("GET", "example.com", List.of("admin", "jobs", "x")).orElseThrow();

        assertThat(match.consumed()).isEqualTo(2);
        assertThat(match.route().forward()).isTrue();
    }

    @Test
    void routesOfSeveralRoutersKeepTheirOrderAndTheTableIsNamedAfterThem() {
        RouteTable table = compile(new BlogRouter(), new ShopRouter());

        assertThat(table.routes()).extracting(Route::path).containsExactly("/posts/:id", "/api", "/shop");
        assertThat(table.name()).isEqualTo("BlogRouter, ShopRouter");
        assertThat(sent(request(table, "GET", "/shop"))).isEqualTo("PageController :hello");
    }

    @Test
    void eachRouterResolvesItsOwnPipelines() {
        RouteTable table = compile(new BlogRouter(), r -> {
            r.pipeline("browser", p -> p.plug(conn -> RouterFixtures.trail(conn, "second browser")));
            r.scope("/", s -> {
                s.pipeThrough("browser");
                s.get("/second", PageController.class, "index");
            });
        });

        assertThat(RouterFixtures.trailOf(request(table, "GET", "/posts/1"))).isEmpty();
        assertThat(RouterFixtures.trailOf(request(table, "GET", "/second"))).containsExactly("second browser");
    }

    @Test
    void lambdaRouterIsNamedAfterTheClassDeclaringIt() {
        RouteTable table = compile(r -> r.get("/", PageController.class, "index"));

        assertThat(table.name()).startsWith("RouteTableTests");
        assertThatThrownBy(() -> request(table, "GET", "/nope"))
                .isInstanceOf(NoRouteException.class)
                .hasMessageStartingWith("no route found for GET /nope (RouteTableTests");
        assertThatThrownBy(() -> compile(r -> r.scope("/", s -> {
                    s.pipeThrough("browser");
                    s.get("/", PageController.class, "index");
                })))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("which is not a pipeline of " + RouteTableTests.class.getName());
    }

    @Test
    void duplicateRouteLogsAWarningAndTheFirstOneWins() {
        List<ILoggingEvent> events = captureWarnings(() -> compile(r -> {
            r.get("/x", PageController.class, "index");
            r.get("/x", PageController.class, "hello");
        }));
        RouteTable table = compile(r -> {
            r.get("/x", PageController.class, "index");
            r.get("/x", PageController.class, "hello");
        });

        assertThat(events).hasSize(1);
        assertThat(events.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(events.get(0).getFormattedMessage())
                .startsWith("route GET /x -> PageController :hello can never match: GET /x -> PageController :index"
                        + " is declared before it");
        assertThat(sent(request(table, "GET", "/x"))).isEqualTo("PageController :index");
    }

    @Test
    void sameShapeWithOtherParamNamesIsADuplicate() {
        List<ILoggingEvent> events = captureWarnings(() -> compile(r -> {
            r.get("/users/:id", PageController.class, "show");
            r.get("/users/:name", PageController.class, "hello");
        }));

        assertThat(events).hasSize(1);
    }

    @Test
    void otherVerbsOrHostsAreNotDuplicates() {
        List<ILoggingEvent> events = captureWarnings(() -> compile(r -> {
            r.get("/x", PageController.class, "index");
            r.post("/x", PageController.class, "index");
            r.get("/x", PageController.class, "hello", RouteOptions.options().host("api."));
            r.get("/x/:id", PageController.class, "show");
        }));

        assertThat(events).isEmpty();
    }

    @Test
    void paramWithoutANameFails() {
        assertThatThrownBy(() -> compile(r -> r.get("/x/:", PageController.class, "show")))
                .isInstanceOf(RouterException.class)
                .hasMessageStartingWith("route GET /x/: -> PageController :show: invalid dynamic segment \":\"");
    }

    @Test
    void globThatIsNotLastFails() {
        assertThatThrownBy(() -> compile(r -> r.get("/x/*rest/y", PageController.class, "show")))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("glob segment \"*rest\" must be the last segment");
    }

    @Test
    void definitionSlashesAreNormalised() {
        RouteTable table = compile(r -> r.scope("/admin/", s -> s.get("//users//", PageController.class, "index")));

        assertThat(table.routes().get(0).path()).isEqualTo("/admin/users");
        Conn conn = request(table, "GET", "/admin/users");
        assertThat(sent(conn)).isEqualTo("PageController :index");
    }

    private static List<ILoggingEvent> captureWarnings(Supplier<RouteTable> compile) {
        Logger logger = (Logger) LoggerFactory.getLogger(RouteTable.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            compile.get();
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .toList();
    }
}
