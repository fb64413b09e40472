package io.phoenixspring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** With {@code phoenix.router.fallthrough=true}, requests no Phoenix route matches reach Spring MVC. */
@TestPropertySource(properties = "phoenix.router.fallthrough=true")
class FallthroughIntegrationTests extends HttpTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void unmatchedGetReachesSpringMvc() throws Exception {
        HttpResponse<String> response = get("/mvc/hello");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("mvc hello");
    }

    @Test
    void headersSetByEndpointPlugsAreKeptOnTheSpringMvcResponse() throws Exception {
        HttpResponse<String> response = get("/mvc/hello");

        assertThat(response.headers().firstValue("x-request-id"))
                .hasValueSatisfying(id -> assertThat(id).hasSize(20));
        assertThat(response.headers().firstValue("x-after-builtins")).isPresent();
        assertThat(response.headers().firstValue("x-pipeline")).isEmpty();
    }

    @Test
    void jsonBodyReadByTheParsersIsStillReadableThroughRequestBody() throws Exception {
        HttpResponse<String> response =
                post("/mvc/json", "application/json", "{\"name\":\"jose\",\"tags\":[\"a\",\"b\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode received = JSON.readTree(response.body()).path("received");
        assertThat(received.path("name").asString()).isEqualTo("jose");
        assertThat(received.path("tags").toString()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void formBodyReadByTheParsersIsStillReadableThroughRequestParam() throws Exception {
        HttpResponse<String> response = post("/mvc/form", "application/x-www-form-urlencoded", "name=Jos%C3%A9");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("mvc form José");
    }

    @Test
    void queryParamsReachSpringMvcToo() throws Exception {
        HttpResponse<String> response = post("/mvc/form?name=query", "application/x-www-form-urlencoded", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("mvc form query");
    }

    @Test
    void springMvcSeesTheRequestParamsAsTheContainerWouldGiveThem() throws Exception {
        HttpResponse<String> response = post(
                "/mvc/params?page=2&tag=q", "application/x-www-form-urlencoded", "tag=a&tag=b&user%5Bname%5D=jose");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("tags [q, a, b], user[name] jose, page 2");
    }

    @Test
    void multipartBodyReadByTheParsersIsStillReadableAsMultipartFile() throws Exception {
        String boundary = "----phoenixFallthrough";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Notes\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "hello file\r\n"
                + "--" + boundary + "--\r\n";

        HttpResponse<String> response = post("/mvc/upload", "multipart/form-data; boundary=" + boundary, body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("mvc upload notes.txt text/plain hello file Notes");
    }

    @Test
    void phoenixRoutesKeepWorking() throws Exception {
        HttpResponse<String> response = get("/hello");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
        assertThat(response.headers().firstValue("x-pipeline")).hasValue("api");
    }

    @Test
    void phoenixErrorsAreStillRenderedByPhoenix() throws Exception {
        HttpResponse<String> response = post("/echo", "application/json", "{broken");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Bad Request");
    }

    @Test
    void pathNeitherKnowsIsSpringMvcsNotFound() throws Exception {
        HttpResponse<String> response = get("/neither/phoenix/nor/mvc", "accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("{\"errors\":{\"detail\":\"Not Found\"}}");
    }
}
