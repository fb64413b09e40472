package io.phoenixspring.router;

import static io.phoenixspring.router.RouterFixtures.compile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.ToParam;
import io.phoenixspring.endpoint.EndpointUrl;
import io.phoenixspring.router.RouterFixtures.FakeAdapter;
import io.phoenixspring.router.RouterFixtures.PageController;
import io.phoenixspring.router.RouterFixtures.PostController;
import io.phoenixspring.router.RouterFixtures.UserController;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Path and URL helpers: the examples of the routing guide and of {@code Phoenix.Router}. */
class RoutesTests {

    /** Admin reviews, under the {@code admin} helper prefix. */
    public static class ReviewController extends UserController {}

    /** A record put in paths by its id. */
    record User(long id) {}

    /** A type choosing its own param. */
    record Slugged(String title) implements ToParam {
        @Override
        public String toParam() {
            return title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        }
    }

    private static final RouteTable TABLE = compile(r -> {
        r.get("/", PageController.class, "index");
        r.resources("/users", UserController.class, users -> users.resources("/posts", PostController.class));
        r.get("/pages/:page", PageController.class, "show");
        r.get("/files/*path", PageController.class, "show", RouteOptions.as("file"));
        r.get(
                "/events/:id",
                PageController.class,
                "show",
                RouteOptions.as("event").trailingSlash(true));
        r.get("/hidden", PageController.class, "hello", RouteOptions.options().noHelper());
        r.resources("/reviews", ReviewController.class);
        r.scope(ScopeOptions.path("/admin").as("admin"), admin -> admin.resources("/reviews", ReviewController.class));
    });

    private static Routes routes(EndpointUrl url) {
        return new Routes(TABLE.routes(), () -> url);
    }

    private final Routes routes = routes(EndpointUrl.localhost(4000));

    @Test
    void userPathGivesTheGuidesPaths() {
        assertThat(routes.path(null, "user", "index")).isEqualTo("/users");
        assertThat(routes.path(null, "user", "show", 17)).isEqualTo("/users/17");
        assertThat(routes.path(null, "user", "new")).isEqualTo("/users/new");
        assertThat(routes.path(null, "user", "create")).isEqualTo("/users");
        assertThat(routes.path(null, "user", "edit", 37)).isEqualTo("/users/37/edit");
        assertThat(routes.path(null, "user", "update", 37)).isEqualTo("/users/37");
        assertThat(routes.path(null, "user", "delete", 17)).isEqualTo("/users/17");
    }

    @Test
    void rootPathIsASlash() {
        assertThat(routes.path(null, "page", "index")).isEqualTo("/");
    }

    @Test
    void helperNameMayEndInPath() {
        assertThat(routes.path(null, "user_path", "show", 17)).isEqualTo("/users/17");
    }

    @Test
    void trailingMapIsTheQueryStringInItsOrder() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("admin", true);
        query.put("active", false);

        assertThat(routes.path(null, "user", "show", 17, query)).isEqualTo("/users/17?admin=true&active=false");
        assertThat(routes.path(null, "page", "show", "hello", Map.of("some", "query")))
                .isEqualTo("/pages/hello?some=query");
    }

    @Test
    void queryValuesAreFormEncodedAndNestLikePlug() {
        assertThat(routes.path(null, "user", "index", Map.of("q", "a b&c"))).isEqualTo("/users?q=a+b%26c");
        assertThat(routes.path(null, "user", "index", Map.of("filter", Map.of("name", "x"))))
                .isEqualTo("/users?filter[name]=x");
        assertThat(routes.path(null, "user", "index", Map.of("tags", List.of("a", "b"))))
                .isEqualTo("/users?tags[]=a&tags[]=b");
        assertThat(routes.path(null, "user", "index", Map.of())).isEqualTo("/users");
    }

    @Test
    void queryKeysNamingAPathParamAreDropped() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", 3);
        query.put("x", 1);

        assertThat(routes.path(null, "user", "show", 17, query)).isEqualTo("/users/17?x=1");
    }

    @Test
    void nestedHelperTakesTheIdsInDefinitionOrder() {
        assertThat(routes.path(null, "user_post", "show", 42, 17)).isEqualTo("/users/42/posts/17");
        assertThat(routes.path(null, "user_post", "index", 42, Map.of("active", true)))
                .isEqualTo("/users/42/posts?active=true");
        assertThat(routes.path(null, "user_post", "new", 42)).isEqualTo("/users/42/posts/new");
    }

    @Test
    void scopedHelpersArePrefixedWithTheScopeAs() {
        assertThat(routes.path(null, "review", "index")).isEqualTo("/reviews");
        assertThat(routes.path(null, "admin_review", "show", 1234)).isEqualTo("/admin/reviews/1234");
    }

    @Test
    void globTakesAListOfSegments() {
        assertThat(routes.path(null, "file", "show", List.of("hello", "world"))).isEqualTo("/files/hello/world");
        assertThat(routes.path(null, "file", "show", List.of("a b", "c"))).isEqualTo("/files/a%20b/c");
    }

    @Test
    void segmentsArePercentEncoded() {
        assertThat(routes.path(null, "page", "show", "a b")).isEqualTo("/pages/a%20b");
        assertThat(routes.path(null, "page", "show", "a b/c")).isEqualTo("/pages/a%20b%2Fc");
        assertThat(routes.path(null, "page", "show", "café")).isEqualTo("/pages/caf%C3%A9");
    }

    @Test
    void trailingSlashOptionAddsASlash() {
        assertThat(routes.path(null, "event", "show", 1)).isEqualTo("/events/1/");
    }

    @Test
    void scopeTrailingSlashIsInheritedByItsRoutes() {
        RouteTable table = compile(r -> r.scope(
                ScopeOptions.path("/api").trailingSlash(true),
                api -> api.resources("/users", UserController.class, ResourceOptions.only("index", "show"))));
        Routes slashed = new Routes(table.routes(), () -> EndpointUrl.localhost(4000));

        assertThat(slashed.path(null, "user", "index", Map.of("q", 1))).isEqualTo("/api/users/?q=1");
        assertThat(slashed.path(null, "user", "show", 1)).isEqualTo("/api/users/1/");
    }

    @Test
    void partialSegmentsKeepTheirStaticPrefix() {
        RouteTable table = compile(r -> r.get("/api/v:version/pages/:id", PageController.class, "show"));
        Routes versioned = new Routes(table.routes(), () -> EndpointUrl.localhost(4000));

        assertThat(versioned.path(null, "page", "show", 1, 2)).isEqualTo("/api/v1/pages/2");
    }

    @Test
    void objectsArePutByTheirIdOrTheirOwnParam() {
        assertThat(routes.path(null, "user", "edit", new User(42))).isEqualTo("/users/42/edit");
        assertThat(routes.path(null, "page", "show", new Slugged("Hello World")))
                .isEqualTo("/pages/hello-world");
        assertThat(routes.path(null, "page", "show", true)).isEqualTo("/pages/true");
    }

    @Test
    void nullOrMapPathParamsAreRejected() {
        assertThatThrownBy(() -> routes.path(null, "user", "show", (Object) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot convert nil to param");
        assertThatThrownBy(() -> routes.path(null, "page", "show", List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownHelperFailsListingTheHelpers() {
        assertThatThrownBy(() -> routes.path(null, "usr", "index"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no helper \"usr\"; the helpers are [page, user, user_post, file, event,"
                        + " review, admin_review]");
    }

    @Test
    void unknownActionOrArityFailsListingTheClauses() {
        assertThatThrownBy(() -> routes.path(null, "user", "nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no action \"nope\" with 0 path param(s) for helper user_path. The following"
                        + " actions/clauses are supported:")
                .hasMessageContaining("routes.path(conn, \"user\", \"index\", params?)")
                .hasMessageContaining("routes.path(conn, \"user\", \"show\", id, params?)");
        assertThatThrownBy(() -> routes.path(null, "user", "show"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no action \"show\" with 0 path param(s)");
    }

    @Test
    void helperNamesLeaveOutRoutesWithoutHelper() {
        assertThat(routes.helperNames())
                .containsExactly("page", "user", "user_post", "file", "event", "review", "admin_review");
    }

    @Test
    void urlLeavesOutTheSchemesDefaultPort() {
        Routes https = routes(new EndpointUrl("https", "example.com", 443, "/"));
        Routes http = routes(new EndpointUrl("http", "example.com", 80, "/"));

        assertThat(https.url(null, "user", "index")).isEqualTo("https://example.com/users");
        assertThat(http.url(null, "user", "show", 1)).isEqualTo("http://example.com/users/1");
        assertThat(https.url()).isEqualTo("https://example.com");
    }

    @Test
    void urlKeepsAnyOtherPort() {
        assertThat(routes(new EndpointUrl("https", "example.com", 4000, "/")).url(null, "user", "index"))
                .isEqualTo("https://example.com:4000/users");
        assertThat(routes.url(null, "user", "index")).isEqualTo("http://localhost:4000/users");
    }

    @Test
    void urlFromAUriTakesItsSchemeHostAndPort() {
        assertThat(routes.url(URI.create("https://other.example.com"), "page", "show", "hello"))
                .isEqualTo("https://other.example.com/pages/hello");
        assertThat(routes.url(URI.create("http://other.example.com:8080"), "page", "show", "hello"))
                .isEqualTo("http://other.example.com:8080/pages/hello");
        assertThat(routes.path(URI.create("https://other.example.com"), "page", "show", "hello"))
                .isEqualTo("/pages/hello");
    }

    @Test
    void endpointPathPrefixesPathsAndUrlsWithoutAConn() {
        Routes app = routes(new EndpointUrl("https", "example.com", 443, "/app"));

        assertThat(app.path(null, "user", "index")).isEqualTo("/app/users");
        assertThat(app.url(null, "user", "index")).isEqualTo("https://example.com/app/users");
    }

    @Test
    void connPathsStartWithTheMountPath() {
        Conn mounted = new Conn(new FakeAdapter("GET", "example.com", "/app/users", "/app"));
        Conn root = new Conn(new FakeAdapter("GET", "example.com", "/users", ""));

        assertThat(routes.path(mounted, "user", "index")).isEqualTo("/app/users");
        assertThat(routes.path(root, "user", "show", 17)).isEqualTo("/users/17");
    }

    @Test
    void routesCompiledLaterAreReadOnFirstUse() {
        RouteTable[] table = new RouteTable[1];
        Routes lazy = new Routes(() -> table[0].routes(), () -> EndpointUrl.localhost(4000));
        table[0] = compile(r -> r.get("/late", PageController.class, "index"));

        assertThat(lazy.path(null, "page", "index")).isEqualTo("/late");
    }
}
