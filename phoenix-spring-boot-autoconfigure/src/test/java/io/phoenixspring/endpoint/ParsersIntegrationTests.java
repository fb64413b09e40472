package io.phoenixspring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Body parsing over real HTTP, with the body limit set to 1KB. */
class ParsersIntegrationTests extends HttpTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void urlencodedNestedParamsReachTheAction() throws Exception {
        HttpResponse<String> response = post(
                "/echo?page=2",
                "application/x-www-form-urlencoded",
                "user%5Bname%5D=Jos%C3%A9&user[tags][]=a&user[tags][]=b&plain=x+y");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode params = JSON.readTree(response.body());
        assertThat(params.path("user").path("name").asString()).isEqualTo("José");
        assertThat(params.path("user").path("tags").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(params.path("plain").asString()).isEqualTo("x y");
        assertThat(params.path("page").asString()).isEqualTo("2");
    }

    @Test
    void jsonObjectBodyReachesTheAction() throws Exception {
        HttpResponse<String> response =
                post("/echo", "application/json; charset=utf-8", "{\"user\":{\"name\":\"jose\",\"age\":30}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode params = JSON.readTree(response.body());
        assertThat(params.path("user").path("name").asString()).isEqualTo("jose");
        assertThat(params.path("user").path("age").asInt()).isEqualTo(30);
    }

    @Test
    void vendorJsonTypeIsParsedToo() throws Exception {
        HttpResponse<String> response = post("/echo", "application/vnd.api+json", "{\"a\":1}");

        assertThat(JSON.readTree(response.body()).path("a").asInt()).isEqualTo(1);
    }

    @Test
    void nonObjectJsonGoesUnderJson() throws Exception {
        HttpResponse<String> response = post("/echo", "application/json", "[1,2,3]");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("_json").toString()).isEqualTo("[1,2,3]");
    }

    @Test
    void malformedJsonIsABadRequestWithoutStackTrace() throws Exception {
        HttpResponse<String> response = post("/echo", "application/json", "{\"user\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("Bad Request")
                .doesNotContain("Exception")
                .doesNotContain("at tools.jackson");
    }

    @Test
    void malformedJsonIsAJsonBadRequestForJsonClients() throws Exception {
        HttpResponse<String> response = send(request("/echo")
                .header("content-type", "application/json")
                .header("accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("nope")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"detail\":\"Bad Request\"}}");
    }

    @Test
    void deeplyNestedJsonIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> response = post("/echo", "application/json", "[".repeat(1000));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Bad Request");
    }

    @Test
    void invalidUtf8InAUrlencodedBodyIsABadRequest() throws Exception {
        HttpResponse<String> response = send(request("/echo")
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28})));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Bad Request");
    }

    @Test
    void malformedQueryStringIsABadRequest() throws Exception {
        String answer = raw("GET /echo?a=%E0%A4%A HTTP/1.1");

        assertThat(rawStatus(answer)).isEqualTo(400);
        assertThat(answer).endsWith("\r\n\r\nBad Request");
    }

    @Test
    void bodyOverTheLimitIsTooLarge() throws Exception {
        String body = "a=" + "x".repeat(2048);

        HttpResponse<String> response = post("/echo", "application/x-www-form-urlencoded", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("Request Entity Too Large");
    }

    @Test
    void chunkedBodyOverTheLimitIsTooLarge() throws Exception {
        byte[] body = ("{\"a\":\"" + "x".repeat(4096) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send(request("/echo")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(get("/hello").statusCode()).isEqualTo(200);
    }

    @Test
    void bodyJustUnderTheLimitIsParsed() throws Exception {
        String value = "x".repeat(1024 - "a=".length());

        HttpResponse<String> response = post("/echo", "application/x-www-form-urlencoded", "a=" + value);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("a").asString()).isEqualTo(value);
    }

    @Test
    void multipartUploadReachesTheActionAndItsFileIsDeletedAfterTheRequest() throws Exception {
        String boundary = "----phoenixTestBoundary42";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "My file\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "line one\nline two\r\n"
                + "--" + boundary + "--\r\n";

        HttpResponse<String> response = post("/upload", "multipart/form-data; boundary=" + boundary, body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seen = JSON.readTree(response.body());
        assertThat(seen.path("filename").asString()).isEqualTo("notes.txt");
        assertThat(seen.path("contentType").asString()).isEqualTo("text/plain");
        assertThat(seen.path("content").asString()).isEqualTo("line one\nline two");
        assertThat(seen.path("exists").asBoolean()).isTrue();
        assertThat(seen.path("title").asString()).isEqualTo("My file");
        Path stored = EndpointTestApplication.LAST_UPLOAD.get();
        assertThat(stored).isNotNull();
        awaitDeleted(stored);
    }

    @Test
    void malformedMultipartIsABadRequest() throws Exception {
        HttpResponse<String> response =
                post("/upload", "multipart/form-data; boundary=abc", "--abc\r\nno end of headers");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("Bad Request");
    }

    @Test
    void textCsvBodyPassesThroughUnparsed() throws Exception {
        HttpResponse<String> response = post("/csv", "text/csv", "a,b\n1,2\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("body params 0, read false");
    }

    private static void awaitDeleted(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(file).doesNotExist();
    }
}
