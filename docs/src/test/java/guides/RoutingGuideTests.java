package guides;

import static io.phoenixspring.test.ConnTest.buildConn;
import static io.phoenixspring.test.ConnTest.get;
import static io.phoenixspring.test.ConnTest.getRespHeader;
import static io.phoenixspring.test.ConnTest.redirectedTo;
import static io.phoenixspring.test.ConnTest.response;
import static io.phoenixspring.test.ConnTest.textResponse;
import static org.assertj.core.api.Assertions.assertThat;

import guides.plug.EndpointConfig;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.router.Routes;
import io.phoenixspring.test.PhoenixWebTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The routing and plug guides' examples behave as the guides say. */
@PhoenixWebTest
@Import(EndpointConfig.class)
class RoutingGuideTests {

    @Autowired
    Routes routes;

    @Test
    void nestedResourcesTakeTheParentId() {
        Conn conn = get(buildConn(), "/users/42/posts/17");
        assertThat(textResponse(conn, 200)).isEqualTo("post show 17");
    }

    @Test
    void exceptLeavesOutTheDeleteRoute() {
        assertThat(textResponse(get(buildConn(), "/comments/1"), 200)).isEqualTo("comment show 1");
        assertThat(response(io.phoenixspring.test.ConnTest.delete(buildConn(), "/comments/1"), 404))
                .isEqualTo("Not Found");
    }

    @Test
    void nestedPipelinesHaltBeforeTheAction() {
        Conn conn = get(buildConn(), "/admin/reviews");
        assertThat(redirectedTo(conn)).isEqualTo("/");
    }

    @Test
    void forwardedPlugSeesTheRestOfThePath() {
        assertThat(textResponse(get(buildConn(), "/jobs/pending"), 200)).isEqualTo("Hello Phoenix: pending");
    }

    @Test
    void endpointPlugsRunForEveryRequest() {
        assertThat(getRespHeader(get(buildConn(), "/"), "x-introspected")).containsExactly("1");
        assertThat(getRespHeader(get(buildConn(), "/nope"), "x-introspected")).containsExactly("1");
    }

    @Test
    void controllerPlugsHaltOrAssign() {
        assertThat(redirectedTo(get(buildConn(), "/messages/1"))).isEqualTo("/");
        Conn conn = get(
                io.phoenixspring.test.ConnTest.putReqHeader(buildConn(), "authorization", "Bearer x"),
                "/messages/1?locale=fr");
        assertThat(textResponse(conn, 200)).isEqualTo("message 1 in fr");
    }

    @Test
    void helpersBuildTheGuidesPaths() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("admin", true);
        query.put("active", false);
        assertThat(routes.path(null, "user", "show", 17, query)).isEqualTo("/users/17?admin=true&active=false");
        assertThat(routes.path(null, "user_post", "show", 42, 17)).isEqualTo("/users/42/posts/17");
        assertThat(routes.path(null, "admin_review", "show", 1234)).isEqualTo("/admin/reviews/1234");
    }
}
