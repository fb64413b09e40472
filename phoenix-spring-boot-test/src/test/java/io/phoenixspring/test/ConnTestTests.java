package io.phoenixspring.test;

import static io.phoenixspring.test.ConnTest.buildConn;
import static io.phoenixspring.test.ConnTest.get;
import static io.phoenixspring.test.ConnTest.getRespHeader;
import static io.phoenixspring.test.ConnTest.htmlResponse;
import static io.phoenixspring.test.ConnTest.jsonResponse;
import static io.phoenixspring.test.ConnTest.post;
import static io.phoenixspring.test.ConnTest.putReqCookie;
import static io.phoenixspring.test.ConnTest.putReqHeader;
import static io.phoenixspring.test.ConnTest.recycle;
import static io.phoenixspring.test.ConnTest.redirectedTo;
import static io.phoenixspring.test.ConnTest.response;
import static io.phoenixspring.test.ConnTest.responseContentType;
import static io.phoenixspring.test.ConnTest.textResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.Conn;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PhoenixWebTest
class ConnTestTests {

    @Test
    void mapParamsBecomeBodyParamsOfAnyMethod() {
        Conn conn = get(buildConn(), "/echo?q=1", Map.of("user", Map.of("name", "a")));
        Map<?, ?> body = (Map<?, ?>) jsonResponse(conn, 200);
        assertThat(body.get("method")).isEqualTo("GET");
        assertThat(body.get("params")).isEqualTo(Map.of("q", "1", "user", Map.of("name", "a")));
    }

    @Test
    void stringBodiesAreParsedByTheirContentType() {
        Conn request = putReqHeader(buildConn(), "content-type", "application/json");
        Map<?, ?> body = (Map<?, ?>) jsonResponse(post(request, "/echo", "[1,2]"), 200);
        assertThat(body.get("params")).isEqualTo(Map.of("_json", java.util.List.of(1, 2)));
    }

    @Test
    void requestHeadersAndAssignsOfTheBuiltConnAreKept() {
        Conn request = putReqHeader(buildConn(), "x-test", "yes").assign("user", "jose");
        Map<?, ?> body = (Map<?, ?>) jsonResponse(get(request, "/echo"), 200);
        assertThat(body.get("headers")).isEqualTo("[yes]");
        assertThat(body.get("assigned")).isEqualTo("jose");
    }

    @Test
    void wrongStatusFailsWithTheStatusAndBody() {
        Conn conn = get(buildConn(), "/text");
        assertThatThrownBy(() -> response(conn, 201))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected response with status 201, got: 200, with body:\nplain");
    }

    @Test
    void contentTypeIsChecked() {
        Conn conn = get(buildConn(), "/text");
        assertThat(textResponse(conn, 200)).isEqualTo("plain");
        assertThat(responseContentType(conn, "text")).isEqualTo("text/plain; charset=utf-8");
        assertThatThrownBy(() -> htmlResponse(conn, 200))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected content-type for html, got: \"text/plain; charset=utf-8\"");
    }

    @Test
    void redirectedToGivesTheLocation() {
        Conn conn = get(buildConn(), "/go");
        assertThat(redirectedTo(conn)).isEqualTo("/there");
        assertThatThrownBy(() -> redirectedTo(conn, 301))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected redirection with status 301, got: 302");
        assertThatThrownBy(() -> redirectedTo(get(buildConn(), "/text")))
                .hasMessage("expected redirection with status 302, got: 200");
    }

    @Test
    void recycleCarriesCookiesAndOnlyAcceptAndAuthorizationHeaders() {
        Conn request = putReqHeader(putReqHeader(buildConn(), "x-test", "dropped"), "accept", "text/plain");
        Conn loggedIn = get(request, "/login");
        assertThat(getRespHeader(loggedIn, "set-cookie"))
                .singleElement()
                .asString()
                .startsWith("user=jose; path=/");
        Conn next = get(loggedIn, "/whoami");
        assertThat(textResponse(next, 200)).isEqualTo("cookie=jose x-test=[] accept=[text/plain]");
        assertThat(recycle(loggedIn).reqCookies()).containsEntry("user", "jose");
    }

    @Test
    void requestCookiesCanBePutDirectly() {
        Conn conn = get(putReqCookie(buildConn(), "user", "ana"), "/whoami");
        assertThat(textResponse(conn, 200)).startsWith("cookie=ana ");
    }

    @Test
    void unknownRoutesAreRenderedNotThrown() {
        assertThat(response(get(buildConn(), "/missing"), 404)).isEqualTo("Not Found");
    }

    @Test
    void redirectedParamsAreThePathParamsOfTheTarget() {
        assertThat(ConnTest.redirectedParams(get(buildConn(), "/go-user"))).isEqualTo(Map.of("id", "42"));
        assertThatThrownBy(() -> ConnTest.redirectedParams(get(buildConn(), "/text")))
                .hasMessage("expected a redirect, got status 200");
    }

    @Test
    void assertErrorSentChecksTheStatusOfTheError() {
        ConnTest.ErrorResponse error = ConnTest.assertErrorSent(404, () -> get(buildConn(), "/missing"));
        assertThat(error.body()).isEqualTo("Not Found");
        assertThatThrownBy(() -> ConnTest.assertErrorSent(500, () -> get(buildConn(), "/missing")))
                .hasMessageStartingWith("expected error to be sent as 500 status, but got an error with 404 status");
        assertThatThrownBy(() -> ConnTest.assertErrorSent(404, () -> get(buildConn(), "/text")))
                .hasMessage("expected error to be sent as 404 status, but response sent 200 without error");
    }

    @Test
    void initTestSessionAndPutFlashReachTheNextRequest() {
        Conn request = ConnTest.putFlash(ConnTest.initTestSession(buildConn(), Map.of("user_id", 7)), "info", "Hi");
        assertThat(textResponse(get(request, "/browser/session"), 200)).isEqualTo("user_id=7 flash={info=Hi}");
    }

    @Test
    void fetchFlashReadsTheTestSessionsFlash() {
        Conn conn = ConnTest.fetchFlash(ConnTest.putFlash(buildConn(), "error", "Nope"));
        assertThat(io.phoenixspring.controller.Controller.<String>getFlash(conn, "error"))
                .isEqualTo("Nope");
    }

    @Test
    void csrfProtectionIsSkippedUnlessEnabled() {
        assertThat(textResponse(post(buildConn(), "/browser/form", Map.of()), 200))
                .isEqualTo("plain");
        Conn protectedConn = ConnTest.enableCsrfProtection(buildConn());
        assertThat(response(post(protectedConn, "/browser/form", Map.of()), 403))
                .isEqualTo("Forbidden");
    }

    @Test
    void bypassThroughRunsThePipelinesButNotTheAction() {
        Conn conn = get(ConnTest.bypassThrough(ConnTest.initTestSession(buildConn(), Map.of("a", 1)), "browser"), "/x");
        assertThat(conn.isSent()).isFalse();
        assertThat(conn.<Integer>getSession("a")).isEqualTo(1);
        assertThat(ConnTest.getFlash(conn)).isEmpty();
        Conn all = get(ConnTest.bypassThrough(buildConn()), "/nowhere");
        assertThat(all.isSent()).isFalse();
        assertThat(all.getRespHeader("x-request-id")).hasSize(1);
        Conn route = get(ConnTest.bypassThroughRoute(buildConn()), "/browser/session");
        assertThat(route.isSent()).isFalse();
        assertThat(ConnTest.getFlash(route)).isEmpty();
    }

    @Test
    void assertingOnAConnNotDispatchedFails() {
        assertThatThrownBy(() -> response(buildConn(), 200))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("dispatch it first");
    }
}
