package io.phoenixspring.router;

import static io.phoenixspring.router.RouterFixtures.compile;
import static io.phoenixspring.router.RouterFixtures.conn;
import static io.phoenixspring.router.RouterFixtures.request;
import static io.phoenixspring.router.RouterFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.router.RouterFixtures.PageController;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How a request finds its route: order, params, globs, decoding, verbs and hosts. */
class RouteMatchingTests {

    /** A named router, so messages name it. */
    static final class PagesRouter implements RouterConfigurer {

        @Override
        public void configure(Router router) {
            router.get("/pages/:page", PageController.class, "show");
            router.post("/x", PageController.class, "index");
        }
    }

    @Test
    void paramSegmentsBecomePathParams() {
        Conn conn = request(compile(new PagesRouter()), "GET", "/pages/hello");

        assertThat(sent(conn)).isEqualTo("PageController :show");
        assertThat(conn.pathParams()).isEqualTo(Map.of("page", "hello"));
    }

    @Test
    void firstDeclaredRouteWinsOverALaterStaticOne() {
        RouteTable table = compile(r -> {
            r.get("/pages/:page", PageController.class, "show");
            r.get("/pages/hello", PageController.class, "hello");
        });

        assertThat(sent(request(table, "GET", "/pages/hello"))).isEqualTo("PageController :show");
    }

    @Test
    void staticRouteDeclaredFirstWinsOverALaterParamOne() {
        RouteTable table = compile(r -> {
            r.get("/pages/hello", PageController.class, "hello");
            r.get("/pages/:page", PageController.class, "show");
        });

        assertThat(sent(request(table, "GET", "/pages/hello"))).isEqualTo("PageController :hello");
        assertThat(sent(request(table, "GET", "/pages/other"))).isEqualTo("PageController :show");
    }

    @Test
    void partialSegmentCapturesTheTrailingPart() {
        RouteTable table = compile(r -> r.get("/api/v:version/pages/:id", PageController.class, "show"));

        assertThat(request(table, "GET", "/api/v1/pages/2").pathParams()).isEqualTo(Map.of("version", "1", "id", "2"));
        assertThatThrownBy(() -> request(table, "GET", "/api/x1/pages/2")).isInstanceOf(NoRouteException.class);
    }

    @Test
    void globCapturesTheRestOfThePathAsAList() {
        RouteTable table = compile(r -> r.get("/pages/*page", PageController.class, "show"));

        assertThat(request(table, "GET", "/pages/hello/world").pathParams())
                .isEqualTo(Map.of("page", List.of("hello", "world")));
        assertThat(request(table, "GET", "/pages/hello").params().getList("page"))
                .containsExactly("hello");
    }

    @Test
    void partialGlobCapturesTheWholeFirstSegment() {
        RouteTable table = compile(r -> r.get("/pages/he*page", PageController.class, "show"));

        assertThat(request(table, "GET", "/pages/hello/world").pathParams())
                .isEqualTo(Map.of("page", List.of("hello", "world")));
        assertThat(request(table, "GET", "/pages/hey/world").pathParams())
                .isEqualTo(Map.of("page", List.of("hey", "world")));
        assertThatThrownBy(() -> request(table, "GET", "/pages/xx/world")).isInstanceOf(NoRouteException.class);
    }

    @Test
    void pathSegmentsArePercentDecodedBeforeMatching() {
        RouteTable table = compile(r -> {
            r.get("/café", PageController.class, "hello");
            r.get("/pages/:page", PageController.class, "show");
        });

        assertThat(sent(request(table, "GET", "/caf%C3%A9"))).isEqualTo("PageController :hello");
        assertThat(request(table, "GET", "/pages/a%20b%2Fc").pathParams()).isEqualTo(Map.of("page", "a b/c"));
        assertThat(request(table, "GET", "/pages/a+b").pathParams()).isEqualTo(Map.of("page", "a+b"));
    }

    @Test
    void malformedPercentEscapeIsABadRequest() {
        RouteTable table = compile(new PagesRouter());

        assertThatThrownBy(() -> request(table, "GET", "/pages/%E0%A4%A"))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.plugStatus()).isEqualTo(400))
                .hasMessageStartingWith("malformed URI path: \"/pages/%E0%A4%A\"");
        assertThatThrownBy(() -> request(table, "GET", "/pages/%E0%A4"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("malformed URI path");
    }

    @Test
    void wrongVerbIsNoRouteNotMethodNotAllowed() {
        RouteTable table = compile(new PagesRouter());

        assertThatThrownBy(() -> request(table, "GET", "/x"))
                .isInstanceOfSatisfying(NoRouteException.class, e -> {
                    assertThat(e.plugStatus()).isEqualTo(404);
                    assertThat(e.method()).isEqualTo("GET");
                    assertThat(e.path()).isEqualTo("/x");
                })
                .hasMessage("no route found for GET /x (PagesRouter)");
    }

    @Test
    void noRouteRunsNoPipeline() {
        AtomicInteger calls = new AtomicInteger();
        RouteTable table = compile(r -> {
            r.pipeline(
                    "browser",
                    p -> p.plug(conn -> {
                        calls.incrementAndGet();
                        return conn;
                    }));
            r.scope("/", s -> {
                s.pipeThrough("browser");
                s.get("/pages/:page", PageController.class, "show");
            });
        });

        assertThatThrownBy(() -> request(table, "GET", "/nope")).isInstanceOf(NoRouteException.class);
        assertThat(calls).hasValue(0);
        request(table, "GET", "/pages/1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void fallthroughMarksTheConnInsteadOfFailing() {
        Conn conn = new RouterPlug(compile(new PagesRouter()), true).call(conn("GET", "/nope"));

        assertThat(conn.<Object>getPrivate(RouterPlug.NO_ROUTE)).isEqualTo(Boolean.TRUE);
        assertThat(conn.isSent()).isFalse();
    }

    @Test
    void customVerbMatchesOnlyThatVerb() {
        RouteTable table = compile(r -> r.match("move", "/events/:id", PageController.class, "show"));

        assertThat(table.routes().get(0).verb()).isEqualTo("MOVE");
        assertThat(request(table, "MOVE", "/events/1").pathParams()).isEqualTo(Map.of("id", "1"));
        assertThatThrownBy(() -> request(table, "GET", "/events/1")).isInstanceOf(NoRouteException.class);
    }

    @Test
    void starVerbMatchesEveryVerb() {
        RouteTable table = compile(r -> r.match("*", "/any", PageController.class, "any"));

        for (String verb : List.of("GET", "POST", "DELETE", "MOVE")) {
            assertThat(sent(request(table, verb, "/any"))).isEqualTo("PageController :any");
        }
    }

    @Test
    void everyVerbMacroRoutesItsVerb() {
        RouteTable table = compile(r -> {
            r.options("/v", PageController.class, "index");
            r.head("/v", PageController.class, "show");
            r.connect("/v", PageController.class, "hello");
            r.trace("/v", PageController.class, "any");
        });

        assertThat(sent(request(table, "OPTIONS", "/v"))).isEqualTo("PageController :index");
        assertThat(sent(request(table, "HEAD", "/v"))).isEqualTo("PageController :show");
        assertThat(sent(request(table, "CONNECT", "/v"))).isEqualTo("PageController :hello");
        assertThat(sent(request(table, "TRACE", "/v"))).isEqualTo("PageController :any");
    }

    @Test
    void headIsNotRoutedToGetByTheRouter() {
        RouteTable table = compile(r -> r.get("/v", PageController.class, "index"));

        assertThatThrownBy(() -> request(table, "HEAD", "/v")).isInstanceOf(NoRouteException.class);
    }

    @Test
    void hostMustMatchExactly() {
        RouteTable table = compile(r ->
                r.get("/", PageController.class, "index", RouteOptions.options().host("example.com")));

        assertThat(sent(request(table, "GET", "example.com", "/"))).isEqualTo("PageController :index");
        assertThatThrownBy(() -> request(table, "GET", "www.example.com", "/")).isInstanceOf(NoRouteException.class);
    }

    @Test
    void hostEndingInADotIsAPrefix() {
        RouteTable table = compile(r -> {
            r.get("/", PageController.class, "hello", RouteOptions.options().host("api."));
            r.get("/", PageController.class, "index");
        });

        assertThat(sent(request(table, "GET", "api.example.com", "/"))).isEqualTo("PageController :hello");
        assertThat(sent(request(table, "GET", "example.com", "/"))).isEqualTo("PageController :index");
        assertThat(sent(request(table, "GET", "www.api.example.com", "/"))).isEqualTo("PageController :index");
    }

    @Test
    void pathParamsOverrideQueryAndBodyParamsOfTheSameName() {
        RouteTable table = compile(new PagesRouter());
        Conn conn = conn("GET", "/pages/1?page=2&other=x");
        conn.putBodyParams(Map.of("page", "3", "body", "y"));

        Conn routed = new RouterPlug(table, false).call(conn);

        assertThat(routed.params()).isEqualTo(Map.of("page", "1", "other", "x", "body", "y"));
    }

    @Test
    void trailingAndDuplicateSlashesInRequestsAreIgnored() {
        RouteTable table = compile(new PagesRouter());

        assertThat(request(table, "GET", "//pages//hello/").pathParams()).isEqualTo(Map.of("page", "hello"));
    }

    @Test
    void routeToAPlugCallsIt() {
        RouteTable table = compile(r -> r.get("/health", conn -> conn.sendResp(200, "ok " + conn.pathParams())));

        assertThat(sent(request(table, "GET", "/health"))).isEqualTo("ok {}");
        assertThat(table.routes().get(0).plugOpts()).isEqualTo("[]");
    }

    @Test
    void matchedRouteIsPutInThePrivateData() {
        Conn conn = request(compile(new PagesRouter()), "GET", "/pages/1");

        Route route = conn.getPrivate(RouterPlug.ROUTE);
        assertThat(route).isNotNull();
        assertThat(route.path()).isEqualTo("/pages/:page");
    }
}
