package io.phoenixspring.controller;

import static io.phoenixspring.controller.Controller.actionName;
import static io.phoenixspring.controller.Controller.currentPath;
import static io.phoenixspring.controller.Controller.currentUrl;
import static io.phoenixspring.controller.Controller.endpointModule;
import static io.phoenixspring.controller.Controller.putRouterUrl;
import static io.phoenixspring.controller.Controller.putStaticUrl;
import static io.phoenixspring.controller.Controller.routerModule;
import static io.phoenixspring.controller.ControllerFixtures.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.endpoint.EndpointUrl;
import io.phoenixspring.endpoint.ErrorRenderer;
import io.phoenixspring.router.RouteTable;
import io.phoenixspring.router.Routes;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code current_path}, {@code current_url}, {@code put_router_url}, {@code put_static_url} and the module accessors
 * (seed-D 4.9, 4.12, 4.13, 4.20, 7.9).
 */
class CurrentUrlTests {

    private static final EndpointUrl CONFIGURED = new EndpointUrl("https", "www.example.com", 443, "/");

    /** A conn as the endpoint hands it to the router: the endpoint in its private data. */
    private static Conn inEndpoint(String target) {
        Endpoint endpoint =
                new Endpoint(List.of(), () -> CONFIGURED, JsonMapper.builder().build(), (ErrorRenderer) (c, s, e) -> c);
        return endpoint.call(get(target));
    }

    // ================================================================ current_path

    @Test
    void currentPathKeepsTheQueryStringAsItCame() {
        assertThat(currentPath(get("/users/123?b=2&a=1"))).isEqualTo("/users/123?b=2&a=1");
        assertThat(currentPath(get("/users/123?q=a%20b&r=%2F"))).isEqualTo("/users/123?q=a%20b&r=%2F");
        assertThat(currentPath(get("/users/123"))).isEqualTo("/users/123");
        assertThat(currentPath(get("/"))).isEqualTo("/");
    }

    @Test
    void currentPathWithParamsReplacesTheQuery() {
        Conn conn = get("/users/123?existing=param");

        assertThat(currentPath(conn, Map.of("new", "param"))).isEqualTo("/users/123?new=param");
        assertThat(currentPath(conn, Map.of("filter", Map.of("status", List.of("draft", "published")))))
                .isEqualTo("/users/123?filter[status][]=draft&filter[status][]=published");
        assertThat(currentPath(conn, Map.of("q", "a b"))).isEqualTo("/users/123?q=a+b");
        assertThat(currentPath(conn, Map.of())).isEqualTo("/users/123");
    }

    @Test
    void currentPathWithParamsEncodesKeysAndValuesAndSkipsEmptyCollections() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("a b", "c&d");
        params.put("none", null);
        params.put("empty", List.of());
        params.put("nested", Map.of());
        params.put("list", List.of(Map.of("k", "v")));

        assertThat(currentPath(get("/x"), params)).isEqualTo("/x?a+b=c%26d&none=&list[][k]=v");
    }

    @Test
    void mapsOfOtherThanOneEntryInsideListsCannotBeEncoded() {
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("a", 1);
        two.put("b", 2);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> currentPath(get("/x"), Map.of("list", List.of(two))))
                .withMessageStartingWith("cannot encode maps inside lists when the map has 0 or more than 1 elements,"
                        + " got: {a=1, b=2}");
    }

    @Test
    void currentPathIncludesTheScriptNameOfAForward() {
        Conn conn = get("/admin/users/1?x=1").forwardSegments(1);

        assertThat(currentPath(conn)).isEqualTo("/admin/users/1?x=1");
    }

    // ================================================================ current_url and put_router_url

    @Test
    void currentUrlUsesTheEndpointsConfiguredUrlNotTheRequestsHost() {
        Conn conn = inEndpoint("/users/123?existing=param");

        assertThat(conn.host()).isEqualTo("www.example.com");
        assertThat(currentUrl(conn)).isEqualTo("https://www.example.com/users/123?existing=param");
        assertThat(currentUrl(conn, Map.of("page", 2))).isEqualTo("https://www.example.com/users/123?page=2");
    }

    @Test
    void currentUrlIgnoresTheHostHeader() {
        Conn conn = new Endpoint(
                        List.of(),
                        () -> new EndpointUrl("https", "app.example.org", 8443, "/"),
                        JsonMapper.builder().build(),
                        (c, s, e) -> c)
                .call(io.phoenixspring.conn.FakeConnAdapter.request("GET", "/reset")
                        .header("host", "evil.test")
                        .header("x-forwarded-host", "evil.test")
                        .conn());

        assertThat(currentUrl(conn)).isEqualTo("https://app.example.org:8443/reset");
    }

    @Test
    void putRouterUrlOverridesTheEndpointsUrl() {
        Conn conn = putRouterUrl(inEndpoint("/users/123"), "https://acme.example.com");

        assertThat(currentUrl(conn)).isEqualTo("https://acme.example.com/users/123");
        assertThat(currentUrl(putRouterUrl(get("/a"), URI.create("http://u1.example.com:8080"))))
                .isEqualTo("http://u1.example.com:8080/a");
        assertThat(currentUrl(putRouterUrl(get("/a"), "https://x.example.com/")))
                .isEqualTo("https://x.example.com/a");
    }

    @Test
    void routerUrlMustBeAnAbsoluteHttpUrl() {
        for (String bad :
                List.of("acme.example.com", "/path", "ftp://x.example.com", "https://", "https://a.com/\r\nx: y")) {
            assertThatIllegalArgumentException()
                    .as(bad)
                    .isThrownBy(() -> putRouterUrl(get("/"), bad))
                    .withMessageStartingWith(
                            "putRouterUrl expects an absolute URL such as \"https://acme.example.com\"");
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> putStaticUrl(get("/"), "cdn.example.com"))
                .withMessageStartingWith("putStaticUrl expects an absolute URL");
    }

    @Test
    void currentUrlWithoutEndpointOrRouterUrlSaysHowToGetOne() {
        assertThatIllegalStateException().isThrownBy(() -> currentUrl(get("/"))).withMessageContaining("putRouterUrl");
    }

    @Test
    void routeUrlHelpersHonourPutRouterUrlAndPathsDoNot() {
        RouteTable table = ControllerFixtures.compile(router -> router.get("/users/:id", UserController.class, "show"));
        Routes routes = new Routes(table.routes(), () -> CONFIGURED);
        Conn conn = get("/");

        assertThat(routes.url(conn, "user", "show", 5)).isEqualTo("https://www.example.com/users/5");
        putRouterUrl(conn, "https://u1.example.com");
        assertThat(routes.url(conn, "user", "show", 5)).isEqualTo("https://u1.example.com/users/5");
        assertThat(routes.path(conn, "user", "show", 5)).isEqualTo("/users/5");
        assertThat(routes.url(null, "user", "show", 5)).isEqualTo("https://www.example.com/users/5");
    }

    @Test
    void staticUrlHelperHonoursPutStaticUrl() {
        Routes routes = new Routes(List.of(), () -> CONFIGURED);
        Conn conn = get("/");

        assertThat(routes.staticUrl(conn, "/js/app.js")).isEqualTo("https://www.example.com/js/app.js");
        putStaticUrl(conn, URI.create("https://cdn.example.com"));
        assertThat(routes.staticUrl(conn, "/js/app.js")).isEqualTo("https://cdn.example.com/js/app.js");
    }

    // ================================================================ modules

    @Test
    void modulesAreKnownInsideTheAction() {
        RouteTable table = ControllerFixtures.compile(router -> router.get("/users/:id", UserController.class, "show"));

        ControllerFixtures.route(table, inEndpoint("/users/1"));

        assertThat(UserController.SEEN.get())
                .containsEntry("action", "show")
                .containsEntry("controller", UserController.class)
                .containsEntry("router", table)
                .containsEntry("endpointIsEndpoint", true);
    }

    @Test
    void modulesThrowBeforeRouting() {
        Conn conn = get("/");

        assertThatIllegalStateException()
                .isThrownBy(() -> routerModule(conn))
                .withMessageStartingWith("the conn was not routed yet, so it has no router (private phoenix_router)");
        assertThatIllegalStateException()
                .isThrownBy(() -> endpointModule(conn))
                .withMessageStartingWith("the conn runs in no endpoint (private phoenix_endpoint)");
        assertThatIllegalStateException().isThrownBy(() -> actionName(conn));
        Object endpoint = endpointModule(inEndpoint("/"));
        assertThat(endpoint).isInstanceOf(Endpoint.class);
    }

    /** Reports what the module accessors say. */
    public static class UserController {

        static final AtomicReference<Map<String, Object>> SEEN = new AtomicReference<>();

        public Conn show(Conn conn, Params params) {
            Map<String, Object> seen = new HashMap<>();
            seen.put("action", actionName(conn));
            seen.put("controller", Controller.controllerModule(conn));
            seen.put("router", routerModule(conn));
            seen.put("endpointIsEndpoint", endpointModule(conn) instanceof Endpoint);
            SEEN.set(seen);
            return Controller.text(conn, "ok");
        }
    }
}
