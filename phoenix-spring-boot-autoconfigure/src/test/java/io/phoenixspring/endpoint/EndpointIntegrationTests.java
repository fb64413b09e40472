package io.phoenixspring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The endpoint over real HTTP: plug order, request ids, errors, method override and HEAD. */
class EndpointIntegrationTests extends HttpTestSupport {

    @Autowired
    Endpoint endpoint;

    // ================================================================ plug order

    @Test
    void endpointPlugsRunInPhoenixOrderBeforeTheRouter() throws Exception {
        HttpResponse<String> response = post("/echo", "application/x-www-form-urlencoded", "a=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-before-parsers")).hasValue("parsed=false");
        assertThat(response.headers().firstValue("x-after-builtins"))
                .hasValue("request-id=true,parsed=true,method=POST,session=true");
        assertThat(response.headers().firstValue("x-pipeline")).hasValue("api");
    }

    @Test
    void endpointPlugsRunOnA404ButPipelinesDoNot() throws Exception {
        HttpResponse<String> response = get("/no/such/route");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-after-builtins")).isPresent();
        assertThat(response.headers().firstValue("x-request-id")).isPresent();
        assertThat(response.headers().firstValue("x-pipeline")).isEmpty();
    }

    @Test
    void staticRunsFirstSoAFileIsServedBeforeTheOtherPlugs() throws Exception {
        HttpResponse<String> response = get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-request-id")).isEmpty();
        assertThat(response.headers().firstValue("x-after-builtins")).isEmpty();
    }

    @Test
    void endpointUrlIsTheServersOnceItListens() {
        assertThat(endpoint.url()).isEqualTo("http://localhost:" + port);
    }

    // ================================================================ request id

    @Test
    void requestIdIsGeneratedWith20CharactersAndDiffersPerRequest() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String id = get("/hello").headers().firstValue("x-request-id").orElseThrow();
            assertThat(id).hasSize(20).matches("[A-Za-z0-9_-]+");
            ids.add(id);
        }
        assertThat(ids).hasSize(5);
    }

    @Test
    void validIncomingRequestIdIsKept() throws Exception {
        String twenty = "abcdefghij0123456789";
        String twoHundred = "x".repeat(200);

        assertThat(get("/hello", "x-request-id", twenty).headers().firstValue("x-request-id"))
                .hasValue(twenty);
        assertThat(get("/hello", "x-request-id", twoHundred).headers().firstValue("x-request-id"))
                .hasValue(twoHundred);
    }

    @Test
    void invalidIncomingRequestIdIsReplaced() throws Exception {
        String tooShort = "abcdefghij012345678";
        String tooLong = "x".repeat(201);

        String replacedShort = get("/hello", "x-request-id", tooShort)
                .headers()
                .firstValue("x-request-id")
                .orElseThrow();
        String replacedLong = get("/hello", "x-request-id", tooLong)
                .headers()
                .firstValue("x-request-id")
                .orElseThrow();

        assertThat(replacedShort).isNotEqualTo(tooShort).hasSize(20);
        assertThat(replacedLong).isNotEqualTo(tooLong).hasSize(20);
    }

    // ================================================================ errors

    @Test
    void unknownRouteIsNotFound() throws Exception {
        HttpResponse<String> response = get("/no/such/route");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).isEqualTo("Not Found");
    }

    @Test
    void unknownRouteIsJsonNotFoundForJsonClients() throws Exception {
        HttpResponse<String> response = get("/no/such/route", "accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"errors\":{\"detail\":\"Not Found\"}}");
    }

    @Test
    void wrongMethodOnAKnownPathIsNotFound() throws Exception {
        HttpResponse<String> response = send(request("/hello").PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("Not Found");
    }

    @Test
    void actionThatThrowsIsA500WithoutStackTraceAndTheNextRequestWorks() throws Exception {
        HttpResponse<String> failed = get("/boom");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body())
                .isEqualTo("Internal Server Error")
                .doesNotContain("secret detail")
                .doesNotContain("Exception");
        HttpResponse<String> next = get("/hello");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).isEqualTo("hello");
    }

    @Test
    void actionThatSendsNothingIsA500() throws Exception {
        HttpResponse<String> response = get("/silent");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("Internal Server Error");
    }

    @Test
    void springMvcPathIsPhoenixNotFoundWithoutFallthrough() throws Exception {
        HttpResponse<String> response = get("/mvc/hello");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("Not Found");
    }

    // ================================================================ method override and HEAD

    @Test
    void postWithMethodDeleteReachesTheDeleteRoute() throws Exception {
        HttpResponse<String> response = post("/items/42", "application/x-www-form-urlencoded", "_method=delete");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("delete 42 (was POST)");
    }

    @Test
    void methodOverrideToGetIsNotHonoured() throws Exception {
        HttpResponse<String> response = post("/items/42", "application/x-www-form-urlencoded", "_method=get");

        assertThat(response.body()).isEqualTo("create 42");
    }

    @Test
    void methodOverrideIsOnlyReadFromPostBodies() throws Exception {
        HttpResponse<String> response = get("/items/42?_method=delete");

        assertThat(response.body()).isEqualTo("show 42");
    }

    @Test
    void headOfAGetRouteAnswersLikeGetWithoutBody() throws Exception {
        HttpResponse<String> got = get("/hello");
        HttpResponse<String> head = send(request("/hello").method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("content-type"))
                .isPresent()
                .isEqualTo(got.headers().firstValue("content-type"));
        assertThat(head.headers().firstValue("x-after-builtins"))
                .hasValueSatisfying(v -> assertThat(v).contains("method=GET"));
    }
}
