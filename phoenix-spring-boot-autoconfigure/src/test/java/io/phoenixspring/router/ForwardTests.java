package io.phoenixspring.router;

import static io.phoenixspring.router.RouterFixtures.compile;
import static io.phoenixspring.router.RouterFixtures.request;
import static io.phoenixspring.router.RouterFixtures.sent;
import static io.phoenixspring.router.RouterFixtures.trail;
import static io.phoenixspring.router.RouterFixtures.trailOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.router.RouterFixtures.FakeAdapter;
import io.phoenixspring.router.RouterFixtures.PageController;
import io.phoenixspring.router.RouterFixtures.UserController;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code forward}: a path prefix handed to a plug, which sees the rest of the path. */
class ForwardTests {

    /** Records the path it sees and the name it was made with. */
    static final class JobsPlug implements Plug {

        private final String name;

        JobsPlug(String name) {
            this.name = name;
        }

        @Override
        public Conn call(Conn conn) {
            return conn.assign("pathInfo", conn.pathInfo())
                    .assign("scriptName", conn.scriptName())
                    .sendResp(200, name + " /" + String.join("/", conn.pathInfo()));
        }
    }

    @Test
    void forwardedPlugSeesThePathBelowThePrefix() {
        RouteTable table = compile(r -> r.forward("/jobs", new JobsPlug("Hello Phoenix")));

        Conn conn = request(table, "GET", "/jobs/pending");

        assertThat(sent(conn)).isEqualTo("Hello Phoenix /pending");
        assertThat(conn.<Object>getAssign("pathInfo")).isEqualTo(List.of("pending"));
        assertThat(conn.<Object>getAssign("scriptName")).isEqualTo(List.of("jobs"));
    }

    @Test
    void pathInfoAndScriptNameAreRestoredAfterTheForward() {
        RouteTable table = compile(r -> r.scope("/admin", s -> s.forward("/jobs", new JobsPlug("jobs"))));

        Conn conn = request(table, "GET", "/admin/jobs/active/1");

        assertThat(conn.<Object>getAssign("pathInfo")).isEqualTo(List.of("active", "1"));
        assertThat(conn.<Object>getAssign("scriptName")).isEqualTo(List.of("admin", "jobs"));
        assertThat(conn.pathInfo()).containsExactly("admin", "jobs", "active", "1");
        assertThat(conn.scriptName()).isEmpty();
    }

    @Test
    void forwardMatchesThePrefixItselfAndEveryVerbButNotALongerSegment() {
        RouteTable table = compile(r -> r.forward("/jobs", new JobsPlug("jobs")));

        assertThat(sent(request(table, "GET", "/jobs"))).isEqualTo("jobs /");
        assertThat(sent(request(table, "DELETE", "/jobs/1"))).isEqualTo("jobs /1");
        assertThatThrownBy(() -> request(table, "GET", "/jobsx")).isInstanceOf(NoRouteException.class);
        assertThat(table.routes().get(0).verb()).isEqualTo("*");
        assertThat(table.routes().get(0).forward()).isTrue();
        assertThat(table.routes().get(0).helper()).isNull();
    }

    @Test
    void routesDeclaredBeforeAForwardWinOverIt() {
        RouteTable table = compile(r -> {
            r.get("/jobs/special", PageController.class, "hello");
            r.forward("/jobs", new JobsPlug("jobs"));
        });

        assertThat(sent(request(table, "GET", "/jobs/special"))).isEqualTo("PageController :hello");
        assertThat(sent(request(table, "GET", "/jobs/other"))).isEqualTo("jobs /other");
    }

    @Test
    void pipelinesRunBeforeTheForwardAndCanHaltIt() {
        RouteTable table = compile(r -> {
            r.pipeline("browser", p -> p.plug(conn -> trail(conn, "browser")));
            r.pipeline(
                    "admin",
                    p -> p.plug(conn -> conn.getReqHeader("x-admin").isEmpty()
                            ? conn.sendResp(403, "admins only").halt()
                            : conn));
            r.scope("/", s -> {
                s.pipeThrough("browser", "admin");
                s.forward("/jobs", new JobsPlug("jobs"));
            });
        });

        Conn conn = request(table, "GET", "/jobs/pending");

        assertThat(trailOf(conn)).containsExactly("browser");
        assertThat(sent(conn)).isEqualTo("admins only");
        assertThat(conn.<Object>getAssign("pathInfo")).isNull();
    }

    @Test
    void forwardRouterOptionsApplyToTheForwardedRoute() {
        RouteTable table = compile(r ->
                r.forward("/jobs", new JobsPlug("jobs"), ScopeOptions.options().assigns(Map.of("via", "forward"))));

        assertThat(request(table, "GET", "/jobs").<Object>getAssign("via")).isEqualTo("forward");
    }

    @Test
    void forwardToASubRouterReachesItsRoutes() {
        RouteTable api = compile(r -> r.resources("/users", UserController.class));
        RouteTable table = compile(r -> r.forward("/api", new RouterPlug(api, false)));

        Conn conn = request(table, "GET", "/api/users/7");

        assertThat(sent(conn)).isEqualTo("UserController :show");
        assertThat(conn.params()).isEqualTo(Map.of("id", "7"));
    }

    @Test
    void forwardUnderAMountPathKeepsTheMountInTheScriptName() {
        RouteTable table = compile(r -> r.forward("/jobs", new JobsPlug("jobs")));
        Conn conn = new Conn(new FakeAdapter("GET", "example.com", "/app/jobs/pending", "/app"));

        Conn routed = new RouterPlug(table, false).call(conn);

        assertThat(routed.<Object>getAssign("scriptName")).isEqualTo(List.of("app", "jobs"));
        assertThat(routed.<Object>getAssign("pathInfo")).isEqualTo(List.of("pending"));
    }

    @Test
    void forwardWithADynamicSegmentFails() {
        assertThatThrownBy(() -> compile(r -> r.forward("/x/:id", new JobsPlug("jobs"))))
                .isInstanceOf(RouterException.class)
                .hasMessage("dynamic segment \"/x/:id\" not allowed when forwarding. Use a static path instead.");
        assertThatThrownBy(() -> compile(r -> r.forward("/x/*rest", new JobsPlug("jobs"))))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("not allowed when forwarding");
    }

    @Test
    void forwardingTheSamePlugClassTwiceFails() {
        assertThatThrownBy(() -> compile(r -> {
                    r.forward("/a", new JobsPlug("a"));
                    r.forward("/b", new JobsPlug("b"));
                }))
                .isInstanceOf(RouterException.class)
                .hasMessage(JobsPlug.class.getName()
                        + " has already been forwarded to. A module can only be forwarded a single time.");
    }
}
