package io.phoenixspring.router;

import static io.phoenixspring.router.RouterFixtures.compile;
import static io.phoenixspring.router.RouterFixtures.conn;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.phoenixspring.LogCapture;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.LoggerPlug;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.router.RouterFixtures.PageController;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The router's {@code Processing with ...} log line, its filtered params and its per-route level. */
class RouterLoggingTests {

    private final LogCapture logs = LogCapture.of(LoggerPlug.LOGGER_NAME, Level.TRACE);

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    private static Conn dispatch(RouteTable table, String target, Map<String, Object> body) {
        return dispatch(table, target, body, ParameterFilter.defaults());
    }

    private static Conn dispatch(RouteTable table, String target, Map<String, Object> body, ParameterFilter filter) {
        Conn conn = conn("GET", target);
        conn.putBodyParams(body);
        return new RouterPlug(table, false, filter).call(conn);
    }

    private static RouteTable browserRoutes() {
        return compile(r -> {
            r.pipeline("browser", p -> p.plug(c -> c));
            r.scope("/", s -> {
                s.pipeThrough("browser");
                s.get("/hello/:messenger", PageController.class, "show");
            });
        });
    }

    @Test
    void dispatchIsLoggedAtDebugWithParamsAndPipelines() {
        dispatch(browserRoutes(), "/hello/Frank", Map.of());

        assertThat(logs.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage())
                    .isEqualTo("Processing with PageController.show\n"
                            + "  Parameters: %{\"messenger\" => \"Frank\"}\n"
                            + "  Pipelines: [:browser]");
        });
    }

    @Test
    void queryBodyAndPathParamsAreLoggedMergedAndFiltered() {
        dispatch(browserRoutes(), "/hello/Frank?page=2", Map.of("user", Map.of("password", "s3cret", "name", "n")));

        assertThat(logs.messages())
                .singleElement()
                .asString()
                .contains("  Parameters: %{\"messenger\" => \"Frank\", \"page\" => \"2\","
                        + " \"user\" => %{\"name\" => \"n\", \"password\" => \"[FILTERED]\"}}\n")
                .doesNotContain("s3cret");
    }

    @Test
    void keepModeFilterIsUsed() {
        dispatch(browserRoutes(), "/hello/Frank?id=7", Map.of(), ParameterFilter.keep(List.of("id")));

        assertThat(logs.messages())
                .singleElement()
                .asString()
                .contains("  Parameters: %{\"id\" => \"7\", \"messenger\" => \"[FILTERED]\"}");
    }

    @Test
    void paramsAreUnfetchedWhenNoParserRan() {
        new RouterPlug(browserRoutes(), false).call(conn("GET", "/hello/Frank"));

        assertThat(logs.messages()).singleElement().asString().contains("  Parameters: [UNFETCHED]\n");
    }

    @Test
    void routeWithoutPipelinesListsNone() {
        RouteTable table = compile(r -> r.get("/", PageController.class, "index"));

        dispatch(table, "/", Map.of());

        assertThat(logs.messages())
                .containsExactly("Processing with PageController.index\n  Parameters: %{}\n  Pipelines: []");
    }

    @Test
    void plugRouteIsLoggedWithoutAction() {
        RouteTable table = compile(r -> r.get("/health", new HealthPlug()));

        dispatch(table, "/health", Map.of());

        assertThat(logs.messages()).singleElement().asString().startsWith("Processing with HealthPlug\n");
    }

    @Test
    void routeLogLevelOverridesTheDefault() {
        RouteTable table = compile(r ->
                r.get("/", PageController.class, "index", RouteOptions.options().log(org.slf4j.event.Level.INFO)));

        dispatch(table, "/", Map.of());

        assertThat(logs.events()).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO);
    }

    @Test
    void logFalseTurnsTheLineOff() {
        RouteTable table = compile(r -> {
            r.get(
                    "/quiet",
                    PageController.class,
                    "index",
                    RouteOptions.options().log(false));
            r.get("/loud", PageController.class, "show");
        });

        dispatch(table, "/quiet", Map.of());
        assertThat(logs.messages()).isEmpty();

        dispatch(table, "/loud", Map.of());
        assertThat(logs.messages()).hasSize(1);
    }

    @Test
    void scopeLogLevelAppliesToItsRoutesAndARouteOverridesIt() {
        RouteTable table = compile(r -> r.scope(ScopeOptions.path("/admin").log(org.slf4j.event.Level.INFO), s -> {
            s.get("/a", PageController.class, "index");
            s.get("/b", PageController.class, "show", RouteOptions.options().log(false));
            s.scope(ScopeOptions.path("/deep").log(false), d -> d.get("/c", PageController.class, "hello"));
        }));

        dispatch(table, "/admin/a", Map.of());
        dispatch(table, "/admin/b", Map.of());
        dispatch(table, "/admin/deep/c", Map.of());

        assertThat(logs.events()).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO);
        assertThat(table.routes()).extracting(Route::log).containsExactly(org.slf4j.event.Level.INFO, null, null);
    }

    @Test
    void lineIsNotBuiltWhenTheLevelIsOff() {
        try (LogCapture quiet = LogCapture.of(LoggerPlug.LOGGER_NAME, Level.INFO)) {
            dispatch(browserRoutes(), "/hello/Frank", Map.of());

            assertThat(quiet.messages()).isEmpty();
        }
    }

    @Test
    void unmatchedRequestIsNotLogged() {
        try {
            dispatch(browserRoutes(), "/nope", Map.of());
        } catch (NoRouteException expected) {
            // the endpoint renders it
        }

        assertThat(logs.messages()).isEmpty();
    }

    /** A plug route target. */
    static final class HealthPlug implements io.phoenixspring.plug.Plug {

        @Override
        public Conn call(Conn conn) {
            return conn.sendResp(200, "ok");
        }
    }
}
