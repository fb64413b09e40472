package com.example.hello;

import static io.phoenixspring.test.ConnTest.buildConn;
import static io.phoenixspring.test.ConnTest.delete;
import static io.phoenixspring.test.ConnTest.get;
import static io.phoenixspring.test.ConnTest.getRespHeader;
import static io.phoenixspring.test.ConnTest.patch;
import static io.phoenixspring.test.ConnTest.post;
import static io.phoenixspring.test.ConnTest.put;
import static io.phoenixspring.test.ConnTest.putReqHeader;
import static io.phoenixspring.test.ConnTest.response;
import static io.phoenixspring.test.ConnTest.textResponse;
import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.test.PhoenixWebTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PhoenixWebTest
class UserControllerTests {

    @Test
    void resourcesRouteEveryAction() {
        assertThat(textResponse(get(buildConn(), "/users"), 200)).isEqualTo("listing users");
        assertThat(textResponse(get(buildConn(), "/users/37/edit"), 200)).isEqualTo("editing user 37");
        assertThat(textResponse(get(buildConn(), "/users/17"), 200)).isEqualTo("showing user 17");
        assertThat(textResponse(delete(buildConn(), "/users/17"), 200)).isEqualTo("deleted user 17");
    }

    @Test
    void newIsDeclaredBeforeShowSoItWins() {
        assertThat(textResponse(get(buildConn(), "/users/new"), 200)).isEqualTo("new user form");
    }

    @Test
    void putAndPatchBothUpdate() {
        assertThat(textResponse(put(buildConn(), "/users/5", Map.of()), 200)).isEqualTo("updated user 5 with PUT");
        assertThat(textResponse(patch(buildConn(), "/users/5", Map.of()), 200)).isEqualTo("updated user 5 with PATCH");
    }

    @Test
    void createReadsNestedParamsAndPointsAtTheNewUser() {
        Conn conn = post(buildConn(), "/users", Map.of("user", Map.of("name", "José")));
        assertThat(textResponse(conn, 201)).isEqualTo("created user José");
        assertThat(getRespHeader(conn, "location")).containsExactly("/users/42");
    }

    @Test
    void formBodiesAreParsedWithNesting() {
        Conn request = putReqHeader(buildConn(), "content-type", "application/x-www-form-urlencoded");
        Conn conn = post(request, "/users", "user%5Bname%5D=Jane+Doe&user%5Btags%5D%5B%5D=a");
        assertThat(textResponse(conn, 201)).isEqualTo("created user Jane Doe");
    }

    @Test
    void methodOverrideTurnsAFormPostIntoADelete() {
        Conn request = putReqHeader(buildConn(), "content-type", "application/x-www-form-urlencoded");
        assertThat(textResponse(post(request, "/users/9", "_method=delete"), 200))
                .isEqualTo("deleted user 9");
        Conn ignored = putReqHeader(buildConn(), "content-type", "application/x-www-form-urlencoded");
        assertThat(response(post(ignored, "/users/9", "_method=get"), 404)).isEqualTo("Not Found");
    }

    @Test
    void adminScopePrefixesPathsAndHelpers() {
        assertThat(textResponse(get(buildConn(), "/admin/reviews/1234"), 200)).isEqualTo("admin: showing review 1234");
        assertThat(textResponse(get(buildConn(), "/admin/reviews/new"), 200)).isEqualTo("admin: new review form");
    }

    @Test
    void forwardHandsTheRestOfThePathToThePlug() {
        assertThat(textResponse(get(buildConn(), "/jobs/pending"), 200))
                .isEqualTo("Hello Phoenix: 0 pending jobs (mounted at /jobs)");
        assertThat(textResponse(get(buildConn(), "/jobs"), 200)).isEqualTo("Hello Phoenix jobs: pending, active");
    }
}
