package io.phoenixspring.router;

import static io.phoenixspring.router.RouterFixtures.compile;
import static io.phoenixspring.router.RouterFixtures.request;
import static io.phoenixspring.router.RouterFixtures.sent;
import static io.phoenixspring.router.RouterFixtures.trail;
import static io.phoenixspring.router.RouterFixtures.trailOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.ControllerPlugs;
import io.phoenixspring.controller.PlugList;
import io.phoenixspring.router.RouterFixtures.PageController;
import io.phoenixspring.router.RouterFixtures.Recording;
import io.phoenixspring.router.RouterFixtures.UserController;
import io.phoenixspring.router.web.api.v1.ImageController;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scopes (paths, aliases, helper prefixes, hosts, private data, assigns), pipelines and the plugs they run. */
class ScopeTests {

    private static final String WEB = "io.phoenixspring.router.web";

    // ================================================================ paths, aliases and helper names

    @Test
    void nestedScopesJoinPathsAliasesAndHelperPrefixes() {
        RouteTable table = compile(r -> r.scope(
                ScopeOptions.path("/api").as("api").alias(WEB + ".api"),
                api -> api.scope(ScopeOptions.path("/v1").as("v1").alias("v1"), v1 -> {
                    v1.match("GET", "/images", "ImageController", "index", RouteOptions.options());
                    v1.resources("/photos", ImageController.class, ResourceOptions.only("index"));
                })));

        Route images = table.routes().get(0);
        assertThat(images.path()).isEqualTo("/api/v1/images");
        assertThat(images.helper()).isEqualTo("api_v1_image");
        assertThat(images.plug()).isEqualTo(ImageController.class);
        assertThat(table.routes().get(1).helper()).isEqualTo("api_v1_image");
        assertThat(sent(request(table, "GET", "/api/v1/images"))).isEqualTo("web.api.v1.ImageController :index");
    }

    @Test
    void controllerNamedByTextIsResolvedAgainstTheScopeAlias() {
        RouteTable table = compile(r -> r.scope("/", WEB, s -> {
            s.get("/", "PageController", "index");
            s.scope(
                    ScopeOptions.path("/admin").alias("admin").as("admin"),
                    admin -> admin.match("GET", "/reviews/:id", "ReviewController", "show", RouteOptions.options()));
        }));

        assertThat(sent(request(table, "GET", "/"))).isEqualTo("web.PageController :index");
        assertThat(sent(request(table, "GET", "/admin/reviews/7"))).isEqualTo("web.admin.ReviewController :show 7");
        assertThat(table.routes()).extracting(Route::helper).containsExactly("page", "admin_review");
    }

    @Test
    void controllerNamedByTextGetsTheHelperItsClassGets() {
        RouteTable table = compile(r -> r.scope("/", "io.phoenixspring.router", s -> {
            s.get("/text", "RouterFixtures$PageController", "index");
            s.get("/class", PageController.class, "index");
        }));

        assertThat(table.routes()).extracting(Route::helper).containsExactly("page", "page");
    }

    @Test
    void noAliasRouteOptionTakesTheControllerNameAsGiven() {
        RouteTable table = compile(r -> r.scope(
                "/",
                "com.example.nothing",
                s -> s.match(
                        "GET",
                        "/",
                        WEB + ".PageController",
                        "index",
                        RouteOptions.options().noAlias())));

        assertThat(sent(request(table, "GET", "/"))).isEqualTo("web.PageController :index");
    }

    @Test
    void noAliasScopeResetsTheEnclosingAlias() {
        RouteTable table = compile(r -> r.scope(
                "/",
                "com.example.nothing",
                s -> s.scope(ScopeOptions.path("/x").noAlias(), x -> x.get("/", WEB + ".PageController", "index"))));

        assertThat(sent(request(table, "GET", "/x"))).isEqualTo("web.PageController :index");
    }

    @Test
    void unknownControllerNameFailsNamingTheClassAndTheFix() {
        assertThatThrownBy(() -> compile(r -> r.scope("/", WEB, s -> s.get("/", "NopeController", "index"))))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("controller class " + WEB + ".NopeController does not exist")
                .hasMessageContaining("check the scope's alias");
    }

    @Test
    void scopedAliasPrefixesTheScopeAlias() {
        String[] seen = new String[2];
        compile(r -> {
            seen[0] = r.scopedAlias("MyController");
            r.scope("/", "com.acme.prefix", s -> seen[1] = s.scopedAlias("MyController"));
        });

        assertThat(seen).containsExactly("MyController", "com.acme.prefix.MyController");
    }

    @Test
    void noAsResetsTheEnclosingHelperPrefixes() {
        RouteTable table = compile(r -> r.scope(ScopeOptions.path("/api/v1").as("api_v1"), api -> {
            api.get("/pages/:id", PageController.class, "show");
            api.scope(ScopeOptions.path("/plain").noAs(), plain -> plain.get("/:id", PageController.class, "show"));
        }));

        assertThat(table.routes()).extracting(Route::helper).containsExactly("api_v1_page", "page");
    }

    @Test
    void routeAsNamesTheHelperAndNoHelperLeavesItOut() {
        RouteTable table = compile(r -> {
            r.get("/special", PageController.class, "show", RouteOptions.as("special_page"));
            r.get(
                    "/hidden",
                    PageController.class,
                    "show",
                    RouteOptions.options().noHelper());
        });

        assertThat(table.routes()).extracting(Route::helper).containsExactly("special_page", null);
    }

    @Test
    void staticIsAReservedHelperName() {
        assertThatThrownBy(() -> compile(r -> r.scope(ScopeOptions.path("/s").as("static"), s -> {})))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("`static` is a reserved route prefix");
        assertThatThrownBy(() -> compile(r -> r.get("/s", PageController.class, "show", RouteOptions.as("static"))))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("`static` is a reserved route prefix");
    }

    /** Its derived helper name would be the reserved {@code static}. */
    public static class StaticController extends PageController {}

    @Test
    void controllerWhoseHelperWouldBeStaticNeedsAnotherName() {
        assertThatThrownBy(() -> compile(r -> r.get("/s", StaticController.class, "show")))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("`static` is a reserved route prefix");
        assertThat(compile(r -> r.get("/s", StaticController.class, "show", RouteOptions.as("assets")))
                        .routes())
                .extracting(Route::helper)
                .containsExactly("assets");
    }

    @Test
    void pathWithoutLeadingSlashFails() {
        assertThatThrownBy(() -> compile(r -> r.get("pages", PageController.class, "show")))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("route path \"pages\" must start with /");
    }

    // ================================================================ hosts, private data and assigns

    @Test
    void nestedHostReplacesTheOuterHost() {
        RouteTable table = compile(r -> r.scope(ScopeOptions.path("/").host("a."), a -> {
            a.get("/a", PageController.class, "index");
            a.scope(ScopeOptions.path("/").host("b."), b -> b.get("/b", PageController.class, "show"));
        }));

        assertThat(sent(request(table, "GET", "a.example.com", "/a"))).isEqualTo("PageController :index");
        assertThat(sent(request(table, "GET", "b.example.com", "/b"))).isEqualTo("PageController :show");
        assertThatThrownBy(() -> request(table, "GET", "a.example.com", "/b")).isInstanceOf(NoRouteException.class);
    }

    @Test
    void scopeAndRouteDataAreMergedIntoTheConnOnMatchTheRouteWinning() {
        RouteTable table = compile(r -> r.scope(
                ScopeOptions.path("/")
                        .privateData(Map.of("scope", "outer", "shared", "outer"))
                        .assigns(Map.of("x", 1, "y", 1)),
                outer -> outer.scope(
                        ScopeOptions.path("/in").assigns(Map.of("z", 3)),
                        inner -> inner.get(
                                "/",
                                PageController.class,
                                "index",
                                RouteOptions.options()
                                        .privateData(Map.of("shared", "route"))
                                        .assigns(Map.of("y", 2))))));

        Conn conn = request(table, "GET", "/in");

        assertThat(conn.assigns()).containsEntry("x", 1).containsEntry("y", 2).containsEntry("z", 3);
        assertThat(conn.<Object>getPrivate("scope")).isEqualTo("outer");
        assertThat(conn.<Object>getPrivate("shared")).isEqualTo("route");
        assertThat(table.routes().get(0).assigns()).isEqualTo(Map.of("x", 1, "y", 2, "z", 3));
    }

    // ================================================================ pipelines

    @Test
    void pipelinesRunOuterScopeFirstThenInListOrder() {
        RouteTable table = compile(r -> {
            r.pipeline("browser", p -> p.plug(conn -> trail(conn, "browser")));
            r.pipeline("auth", p -> p.plug(conn -> trail(conn, "auth")));
            r.pipeline("admin", p -> p.plug(conn -> trail(conn, "admin")));
            r.scope("/", s -> {
                s.pipeThrough("browser");
                s.scope("/admin", admin -> {
                    admin.pipeThrough("auth", "admin");
                    admin.get("/", PageController.class, "index");
                });
            });
        });

        Conn conn = request(table, "GET", "/admin");

        assertThat(trailOf(conn)).containsExactly("browser", "auth", "admin");
        assertThat(table.routes().get(0).pipeThrough()).containsExactly("browser", "auth", "admin");
        assertThat(sent(conn)).isEqualTo("PageController :index");
    }

    @Test
    void routeDeclaredBeforePipeThroughDoesNotRunIt() {
        RouteTable table = compile(r -> {
            r.pipeline("browser", p -> p.plug(conn -> trail(conn, "browser")));
            r.scope("/", s -> {
                s.get("/before", PageController.class, "index");
                s.pipeThrough("browser");
                s.get("/after", PageController.class, "index");
            });
        });

        assertThat(trailOf(request(table, "GET", "/before"))).isEmpty();
        assertThat(trailOf(request(table, "GET", "/after"))).containsExactly("browser");
    }

    @Test
    void siblingScopesDoNotShareTheirPipelines() {
        RouteTable table = compile(r -> {
            r.pipeline("browser", p -> p.plug(conn -> trail(conn, "browser")));
            r.scope("/a", a -> {
                a.pipeThrough("browser");
                a.get("/", PageController.class, "index");
            });
            r.scope("/b", b -> b.get("/", PageController.class, "index"));
            r.get("/c", PageController.class, "index");
        });

        assertThat(trailOf(request(table, "GET", "/a"))).containsExactly("browser");
        assertThat(trailOf(request(table, "GET", "/b"))).isEmpty();
        assertThat(trailOf(request(table, "GET", "/c"))).isEmpty();
    }

    @Test
    void duplicatePipeThroughInNestedScopesFails() {
        assertThatThrownBy(() -> compile(r -> {
                    r.pipeline("browser", p -> {});
                    r.scope("/", s -> {
                        s.pipeThrough("browser");
                        s.scope("/admin", admin -> admin.pipeThrough("browser"));
                    });
                }))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("duplicate pipeThrough for \"browser\" in scope \"/admin\"");
    }

    @Test
    void unknownPipelineFailsNamingItAndTheFix() {
        assertThatThrownBy(() -> compile(r -> {
                    r.pipeline("browser", p -> {});
                    r.scope("/", s -> {
                        s.pipeThrough("brwser");
                        s.get("/", PageController.class, "index");
                    });
                }))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("pipes through \"brwser\", which is not a pipeline")
                .hasMessageContaining("router.pipeline(\"brwser\", p -> ...)")
                .hasMessageContaining("[browser]");
    }

    @Test
    void pipelineDeclaredTwiceFails() {
        assertThatThrownBy(() -> compile(r -> r.pipeline("api", p -> {}).pipeline("api", p -> {})))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("pipeline \"api\" is declared twice");
    }

    @Test
    void pipelinesNestByName() {
        RouteTable table = compile(r -> {
            r.pipeline("browser", p -> p.plug(conn -> trail(conn, "browser")));
            r.pipeline("review_checks", p -> p.plug("browser").plug(conn -> trail(conn, "review")));
            r.scope("/", s -> {
                s.pipeThrough("review_checks");
                s.get("/", PageController.class, "index");
            });
        });

        assertThat(trailOf(request(table, "GET", "/"))).containsExactly("browser", "review");
    }

    @Test
    void pipelineIncludingItselfFails() {
        assertThatThrownBy(() -> compile(r -> {
                    r.pipeline("a", p -> p.plug("b"));
                    r.pipeline("b", p -> p.plug("a"));
                    r.scope("/", s -> {
                        s.pipeThrough("a");
                        s.get("/", PageController.class, "index");
                    });
                }))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("includes itself");
    }

    @Test
    void haltedPipelineSkipsTheRestAndTheAction() {
        RouteTable table = compile(r -> {
            r.pipeline(
                    "auth",
                    p -> p.plug(conn -> conn.sendResp(401, "denied").halt()).plug(conn -> trail(conn, "after halt")));
            r.scope("/", s -> {
                s.pipeThrough("auth");
                s.get("/", PageController.class, "index");
            });
        });

        Conn conn = request(table, "GET", "/");

        assertThat(conn.isHalted()).isTrue();
        assertThat(conn.status()).isEqualTo(401);
        assertThat(sent(conn)).isEqualTo("denied");
        assertThat(trailOf(conn)).isEmpty();
        assertThat(conn.<Object>getAssign("hit")).isNull();
    }

    /** A router whose public methods are its named function plugs. */
    public static final class FunctionPlugRouter implements RouterConfigurer {

        @Override
        public void configure(Router router) {
            router.pipeline("checks", p -> p.plug("authenticate").plug("tag", "gold"));
            router.scope("/", s -> {
                s.pipeThrough("checks");
                s.get("/", PageController.class, "index");
            });
        }

        public Conn authenticate(Conn conn) {
            return trail(conn, "authenticate");
        }

        public Conn tag(Conn conn, Object opts) {
            return trail(conn, "tag " + opts);
        }
    }

    @Test
    void namedFunctionPlugsArePublicMethodsOfTheRouter() {
        assertThat(trailOf(request(compile(new FunctionPlugRouter()), "GET", "/")))
                .containsExactly("authenticate", "tag gold");
    }

    @Test
    void unknownFunctionPlugFailsNamingTheMethodToAdd() {
        assertThatThrownBy(() -> compile(r -> {
                    r.pipeline("checks", p -> p.plug("ensureAdmin"));
                    r.scope("/", s -> {
                        s.pipeThrough("checks");
                        s.get("/", PageController.class, "index");
                    });
                }))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("pipeline \"checks\" plugs \"ensureAdmin\", which is neither a pipeline nor a"
                        + " public method `Conn ensureAdmin(Conn conn)`");
    }

    // ================================================================ controllers

    @Test
    void missingActionFailsNamingTheControllerAndTheAction() {
        assertThatThrownBy(() -> compile(r -> r.get("/", UserController.class, "missing")))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("route GET / -> UserController :missing")
                .hasMessageContaining("UserController has no action \"missing\"")
                .hasMessageContaining("public Conn missing(Conn conn, Params params)");
    }

    @Test
    void oneControllerInstanceServesAllItsRoutes() {
        int[] made = new int[1];
        RouteTable.compile(
                java.util.List.of(r -> r.resources("/users", UserController.class)),
                type -> {
                    made[0]++;
                    return RouterFixtures.instantiate(type);
                },
                getClass().getClassLoader());

        assertThat(made[0]).isEqualTo(1);
    }

    /** A controller with plugs guarded by action. */
    public static class GuardedController extends Recording implements ControllerPlugs {

        @Override
        public void plugs(PlugList plugs) {
            plugs.plug(conn -> trail(conn, "all"));
            plugs.plug(conn -> trail(conn, "only show")).when("show");
            plugs.plug(conn -> trail(conn, "not show")).except("show");
            plugs.plug(conn -> conn.sendResp(403, "forbidden").halt()).when("delete");
        }

        public Conn index(Conn conn, Params params) {
            return reply(conn, "index");
        }

        public Conn show(Conn conn, Params params) {
            return reply(conn, "show");
        }

        public Conn delete(Conn conn, Params params) {
            return reply(conn, "delete");
        }
    }

    @Test
    void controllerPlugsRunBeforeTheActionsTheyGuard() {
        RouteTable table = compile(
                r -> r.resources("/guarded", GuardedController.class, ResourceOptions.only("index", "show", "delete")));

        assertThat(trailOf(request(table, "GET", "/guarded"))).containsExactly("all", "not show");
        assertThat(trailOf(request(table, "GET", "/guarded/1"))).containsExactly("all", "only show");
        Conn deleted = request(table, "DELETE", "/guarded/1");
        assertThat(sent(deleted)).isEqualTo("forbidden");
        assertThat(deleted.<Object>getAssign("hit")).isNull();
    }
}
