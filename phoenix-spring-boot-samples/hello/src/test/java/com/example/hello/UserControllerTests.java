package com.example.hello;

import static io.phoenixspring.test.ConnTest.buildConn;
import static io.phoenixspring.test.ConnTest.delete;
import static io.phoenixspring.test.ConnTest.get;
import static io.phoenixspring.test.ConnTest.getRespHeader;
import static io.phoenixspring.test.ConnTest.htmlResponse;
import static io.phoenixspring.test.ConnTest.post;
import static io.phoenixspring.test.ConnTest.put;
import static io.phoenixspring.test.ConnTest.putReqHeader;
import static io.phoenixspring.test.ConnTest.redirectedParams;
import static io.phoenixspring.test.ConnTest.redirectedTo;
import static io.phoenixspring.test.ConnTest.response;
import static io.phoenixspring.test.ConnTest.textResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.hello.accounts.Users;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.test.ConnTest;
import io.phoenixspring.test.PhoenixWebTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/** The users resource as {@code mix phx.gen.html}'s tests check it. */
@PhoenixWebTest
@Import(Users.class)
class UserControllerTests {

    private static final Map<String, Object> VALID =
            Map.of("user", Map.of("name", "José", "email", "jose@example.com"));
    private static final Map<String, Object> INVALID = Map.of("user", Map.of("name", "", "email", "nope"));

    @Test
    void indexListsUsers() {
        assertThat(htmlResponse(get(buildConn(), "/users"), 200)).contains("<h1>Listing Users</h1>");
    }

    @Test
    void newRendersTheFormWithACsrfToken() {
        String body = htmlResponse(get(buildConn(), "/users/new"), 200);
        assertThat(body).contains("<h1>New User</h1>");
        assertThat(body)
                .containsPattern("<form action=\"/users\" method=\"post\"><input name=\"_csrf_token\""
                        + " type=\"hidden\" value=\"[A-Za-z0-9_-]{56}\"/>");
        assertThat(body).contains("name=\"user[name]\"");
    }

    @Test
    void createRedirectsToShowWithAFlashThatLastsOneRequest() {
        Conn conn = post(buildConn(), "/users", VALID);
        assertThat(redirectedTo(conn)).matches("/users/\\d+");
        String id = String.valueOf(redirectedParams(conn).get("id"));

        Conn shown = get(conn, "/users/" + id);
        String body = htmlResponse(shown, 200);
        assertThat(body).contains("<h1>Show User</h1>").contains("José");
        assertThat(body).contains("<p class=\"alert alert-info\" role=\"alert\">User created successfully.</p>");

        assertThat(htmlResponse(get(shown, "/users/" + id), 200)).doesNotContain("User created successfully.");
    }

    @Test
    void createWithInvalidParamsRendersTheErrors() {
        String body = htmlResponse(post(buildConn(), "/users", INVALID), 200);
        assertThat(body).contains("<h1>New User</h1>").contains("Oops, something went wrong!");
        assertThat(body).contains("can&#39;t be blank").contains("has invalid format");
    }

    @Test
    void editAndUpdateThroughAPutForm() {
        String id = String.valueOf(
                redirectedParams(post(buildConn(), "/users", VALID)).get("id"));
        String form = htmlResponse(get(buildConn(), "/users/" + id + "/edit"), 200);
        assertThat(form).contains("<input name=\"_method\" type=\"hidden\" value=\"put\"/>");

        Conn updated = put(buildConn(), "/users/" + id, Map.of("user", Map.of("name", "Ann", "email", "a@b.c")));
        assertThat(redirectedTo(updated)).isEqualTo("/users/" + id);
        assertThat(htmlResponse(get(updated, "/users/" + id), 200))
                .contains("Ann")
                .contains("User updated successfully.");
    }

    @Test
    void formPostWithMethodOverrideDeletes() {
        String id = String.valueOf(
                redirectedParams(post(buildConn(), "/users", VALID)).get("id"));
        Conn form = putReqHeader(buildConn(), "content-type", "application/x-www-form-urlencoded");
        Conn deleted = post(form, "/users/" + id, "_method=delete");
        assertThat(redirectedTo(deleted)).isEqualTo("/users");
        assertThat(htmlResponse(get(deleted, "/users"), 200)).contains("User deleted successfully.");
        assertThat(response(get(buildConn(), "/users/" + id), 404)).contains("does not exist");
    }

    @Test
    void indexLinksDeleteWithTheDeleteMethod() {
        String id = String.valueOf(
                redirectedParams(post(buildConn(), "/users", VALID)).get("id"));
        String body = htmlResponse(get(buildConn(), "/users"), 200);
        assertThat(body)
                .containsPattern("<a href=\"/users/" + id + "\" data-confirm=\"Are you sure\\?\""
                        + " data-csrf=\"[A-Za-z0-9_-]{56}\" data-method=\"delete\" data-to=\"/users/" + id + "\""
                        + " rel=\"nofollow\">Delete</a>");
        assertThat(response(delete(buildConn(), "/users/" + id), 302)).contains("redirected");
    }

    @Test
    void unknownUserIsTheCustom404Page() {
        String body = htmlResponse(get(buildConn(), "/users/999999"), 404);
        assertThat(body).contains("Sorry, the page you are looking for does not exist.");
        assertThat(body).doesNotContain("<main");
    }

    @Test
    void formsWithoutACsrfTokenAreRefusedWhenProtectionIsOn() {
        Conn conn = post(ConnTest.enableCsrfProtection(buildConn()), "/users", VALID);
        assertThat(response(conn, 403)).isNotEmpty();
    }

    @Test
    void browserPipelineSetsTheSecureHeaders() {
        Conn conn = get(buildConn(), "/users");
        assertThat(getRespHeader(conn, "x-frame-options")).containsExactly("SAMEORIGIN");
        assertThat(getRespHeader(conn, "x-content-type-options")).containsExactly("nosniff");
        assertThat(getRespHeader(conn, "cross-origin-window-policy")).containsExactly("deny");
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
