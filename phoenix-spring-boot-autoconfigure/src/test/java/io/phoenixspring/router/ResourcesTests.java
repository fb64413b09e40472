package io.phoenixspring.router;

import static io.phoenixspring.router.RouterFixtures.compile;
import static io.phoenixspring.router.RouterFixtures.request;
import static io.phoenixspring.router.RouterFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.router.RouterFixtures.AccountController;
import io.phoenixspring.router.RouterFixtures.CommentController;
import io.phoenixspring.router.RouterFixtures.PostController;
import io.phoenixspring.router.RouterFixtures.UserController;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code resources}: the routes of the seven actions, their options and nesting. */
class ResourcesTests {

    /** Each route as {@code "helper VERB path action"}, {@code -} for no helper. */
    private static List<String> lines(RouteTable table) {
        return table.routes().stream()
                .map(r -> (r.helper() == null ? "-" : r.helper()) + " " + r.verb() + " " + r.path() + " " + r.action())
                .toList();
    }

    @Test
    void resourcesDeclareEightRoutesInPhoenixOrder() {
        RouteTable table = compile(r -> r.resources("/users", UserController.class));

        assertThat(lines(table))
                .containsExactly(
                        "user GET /users index",
                        "user GET /users/:id/edit edit",
                        "user GET /users/new new",
                        "user GET /users/:id show",
                        "user POST /users create",
                        "user PATCH /users/:id update",
                        "- PUT /users/:id update",
                        "user DELETE /users/:id delete");
        assertThat(table.routes()).allSatisfy(route -> assertThat(route.plug()).isEqualTo(UserController.class));
    }

    @Test
    void everyResourceRouteReachesItsAction() {
        RouteTable table = compile(r -> r.resources("/users", UserController.class));

        assertThat(sent(request(table, "GET", "/users"))).isEqualTo("UserController :index");
        assertThat(sent(request(table, "GET", "/users/5/edit"))).isEqualTo("UserController :edit");
        assertThat(sent(request(table, "GET", "/users/5"))).isEqualTo("UserController :show");
        assertThat(sent(request(table, "POST", "/users"))).isEqualTo("UserController :create");
        assertThat(sent(request(table, "DELETE", "/users/5"))).isEqualTo("UserController :delete");
        for (String verb : List.of("PATCH", "PUT")) {
            Conn conn = request(table, verb, "/users/5");
            assertThat(sent(conn)).isEqualTo("UserController :update");
            assertThat(conn.params()).isEqualTo(Map.of("id", "5"));
        }
    }

    @Test
    void newIsDeclaredBeforeShowSoItIsNotTakenForAnId() {
        RouteTable table = compile(r -> {
            r.resources("/users", UserController.class);
            r.resources("/posts", PostController.class);
        });

        Conn user = request(table, "GET", "/users/new");
        Conn post = request(table, "GET", "/posts/new");

        assertThat(sent(user)).isEqualTo("UserController :new");
        assertThat(user.params()).doesNotContainKey("id");
        assertThat(sent(post)).isEqualTo("PostController :new");
    }

    @Test
    void onlyKeepsTheGivenActions() {
        RouteTable table =
                compile(r -> r.resources("/posts", PostController.class, ResourceOptions.only("index", "show")));

        assertThat(lines(table)).containsExactly("post GET /posts index", "post GET /posts/:id show");
        Conn withoutNew = request(table, "GET", "/posts/new");
        assertThat(sent(withoutNew)).isEqualTo("PostController :show");
        assertThat(withoutNew.params()).isEqualTo(Map.of("id", "new"));
        assertThatThrownBy(() -> request(table, "POST", "/posts")).isInstanceOf(NoRouteException.class);
    }

    @Test
    void onlyKeepsPhoenixOrderWhateverOrderTheActionsAreGivenIn() {
        RouteTable table =
                compile(r -> r.resources("/users", UserController.class, ResourceOptions.only("show", "new")));

        assertThat(lines(table)).containsExactly("user GET /users/new new", "user GET /users/:id show");
        assertThat(sent(request(table, "GET", "/users/new"))).isEqualTo("UserController :new");
    }

    @Test
    void exceptRemovesTheGivenActions() {
        RouteTable table =
                compile(r -> r.resources("/comments", CommentController.class, ResourceOptions.except("delete")));

        assertThat(table.routes()).hasSize(7).noneMatch(route -> route.verb().equals("DELETE"));
        assertThat(sent(request(table, "GET", "/comments/1"))).isEqualTo("CommentController :show");
        assertThatThrownBy(() -> request(table, "DELETE", "/comments/1"))
                .isInstanceOf(NoRouteException.class)
                .hasMessageStartingWith("no route found for DELETE /comments/1");
    }

    @Test
    void invalidOnlyActionFailsListingTheSupportedActions() {
        assertThatThrownBy(() ->
                        compile(r -> r.resources("/users", UserController.class, ResourceOptions.only("index", "foo"))))
                .isInstanceOf(RouterException.class)
                .hasMessage("invalid :only action(s) passed to resources.\n\n"
                        + "supported actions: [:index, :edit, :new, :show, :create, :update, :delete]\n\n"
                        + "got: [:foo]");
    }

    @Test
    void invalidExceptActionFailsToo() {
        assertThatThrownBy(() ->
                        compile(r -> r.resources("/users", UserController.class, ResourceOptions.except("destroy"))))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("invalid :except action(s) passed to resources")
                .hasMessageEndingWith("got: [:destroy]");
    }

    @Test
    void singletonRejectsIndexListingTheSingletonActions() {
        assertThatThrownBy(() -> compile(r -> r.resources(
                        "/account",
                        AccountController.class,
                        ResourceOptions.singleton().withOnly("index"))))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("supported singleton actions: [:edit, :new, :show, :create, :update, :delete]");
    }

    @Test
    void paramRenamesTheMemberSegmentAndTheNestedParam() {
        RouteTable table = compile(r -> r.resources(
                "/users",
                UserController.class,
                ResourceOptions.options().param("slug"),
                users -> users.resources("/posts", PostController.class, ResourceOptions.only("show"))));

        assertThat(lines(table))
                .contains(
                        "user GET /users/:slug show",
                        "user GET /users/:slug/edit edit",
                        "user_post GET" + " /users/:user_slug/posts/:id show");
        Conn conn = request(table, "GET", "/users/jose/posts/3");
        assertThat(conn.params()).isEqualTo(Map.of("user_slug", "jose", "id", "3"));
        assertThat(request(table, "GET", "/users/jose").params()).isEqualTo(Map.of("slug", "jose"));
    }

    @Test
    void nameChangesTheHelperAndTheNestedParam() {
        RouteTable table = compile(r -> r.resources(
                "/users",
                UserController.class,
                ResourceOptions.only("show").name("person"),
                users -> users.resources("/posts", PostController.class, ResourceOptions.only("index"))));

        assertThat(lines(table))
                .containsExactly("person GET /users/:id show", "person_post GET /users/:person_id/posts index");
    }

    @Test
    void asChangesOnlyTheHelper() {
        RouteTable table = compile(r -> r.resources(
                "/users",
                UserController.class,
                ResourceOptions.only("show").as("people"),
                users -> users.resources("/posts", PostController.class, ResourceOptions.only("index"))));

        assertThat(lines(table))
                .containsExactly("people GET /users/:id show", "people_post GET /users/:user_id/posts index");
    }

    @Test
    void resourceHelpersNestUnderTheScopeAs() {
        RouteTable table = compile(r -> r.scope(
                ScopeOptions.path("/admin").as("admin"),
                admin -> admin.resources(
                        "/users",
                        UserController.class,
                        ResourceOptions.only("show").as("member"))));

        assertThat(lines(table)).containsExactly("admin_member GET /admin/users/:id show");
    }

    @Test
    void singletonHasNoIndexAndNoId() {
        RouteTable table = compile(r -> r.resources("/account", AccountController.class, ResourceOptions.singleton()));

        assertThat(lines(table))
                .containsExactly(
                        "account GET /account/edit edit",
                        "account GET /account/new new",
                        "account GET /account show",
                        "account POST /account create",
                        "account PATCH /account update",
                        "- PUT /account update",
                        "account DELETE /account delete");
        assertThat(sent(request(table, "GET", "/account"))).isEqualTo("AccountController :show");
        assertThatThrownBy(() -> request(table, "GET", "/account/1")).isInstanceOf(NoRouteException.class);
    }

    @Test
    void singletonWithOnlyShowHasOneRoute() {
        RouteTable table = compile(r -> r.resources(
                "/account", AccountController.class, ResourceOptions.singleton().withOnly("show")));

        assertThat(lines(table)).containsExactly("account GET /account show");
    }

    @Test
    void nestedResourcesArePrefixedWithTheParentMember() {
        RouteTable table = compile(r ->
                r.resources("/users", UserController.class, users -> users.resources("/posts", PostController.class)));

        assertThat(lines(table).subList(8, 16))
                .containsExactly(
                        "user_post GET /users/:user_id/posts index",
                        "user_post GET /users/:user_id/posts/:id/edit edit",
                        "user_post GET /users/:user_id/posts/new new",
                        "user_post GET /users/:user_id/posts/:id show",
                        "user_post POST /users/:user_id/posts create",
                        "user_post PATCH /users/:user_id/posts/:id update",
                        "- PUT /users/:user_id/posts/:id update",
                        "user_post DELETE /users/:user_id/posts/:id delete");
        Conn conn = request(table, "GET", "/users/42/posts/17");
        assertThat(sent(conn)).isEqualTo("PostController :show");
        assertThat(conn.params()).isEqualTo(Map.of("user_id", "42", "id", "17"));
        assertThat(sent(request(table, "GET", "/users/42/posts/new"))).isEqualTo("PostController :new");
    }

    @Test
    void nestedResourcesRunTheParentScopePipelines() {
        RouteTable table = compile(r -> {
            r.pipeline("browser", p -> p.plug(conn -> RouterFixtures.trail(conn, "browser")));
            r.scope("/", s -> {
                s.pipeThrough("browser");
                s.resources("/users", UserController.class, users -> users.resources("/posts", PostController.class));
            });
        });

        assertThat(RouterFixtures.trailOf(request(table, "GET", "/users/1/posts")))
                .containsExactly("browser");
    }
}
