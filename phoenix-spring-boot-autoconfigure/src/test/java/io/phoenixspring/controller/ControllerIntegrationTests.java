package io.phoenixspring.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.controller.web.ControllerTestApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The controller helpers over real HTTP on Tomcat: redirects, URLs, JSONP, downloads, params, fallbacks, errors. */
@SpringBootTest(
        classes = ControllerTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.banner-mode=off",
            "phoenix.endpoint.url.scheme=https",
            "phoenix.endpoint.url.host=www.example.com",
            "phoenix.endpoint.url.port=443",
            "phoenix.endpoint.parsers.length=1KB"
        })
class ControllerIntegrationTests {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET());
    }

    private HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("content-type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(
                request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends {@code head} (request line and headers) over a socket and returns the whole answer. */
    private String raw(String head) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    // ================================================================ redirects

    @Test
    void localRedirectIsSent() throws Exception {
        HttpResponse<String> response = get("/go?to=%2Flogin%3Fnext%3D%2Fa");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("location")).hasValue("/login?next=/a");
        assertThat(response.headers().firstValue("content-type")).hasValue("text/html;charset=utf-8");
        assertThat(response.body())
                .isEqualTo("<html><body>You are being <a href=\"/login?next=/a\">redirected</a>.</body></html>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%2F%2Fevil.com",
                "http%3A%2F%2Fevil.com",
                "evil",
                "%2F%5Cevil.com",
                "%2F%09%2Fevil.com",
                "%2F%2509%2Fevil.com",
                "%2Fok%0D%0ASet-Cookie%3A%20a%3Db",
                "%2Fok%0Ax%3A%20y"
            })
    void openRedirectAttemptsFailWithoutALocation(String to) throws Exception {
        HttpResponse<String> response = get("/go?to=" + to);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("location")).isEmpty();
        assertThat(response.headers().allValues("set-cookie")).isEmpty();
        assertThat(response.body()).doesNotContain("evil");
    }

    // ================================================================ URLs

    @Test
    void currentUrlIsBuiltFromTheConfiguredUrlNotTheHostHeader() throws Exception {
        String answer = raw("GET /here/123?b=2&a=1 HTTP/1.1\r\nHost: evil.test\r\nX-Forwarded-Host: evil.test");

        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(answer).endsWith("\r\n\r\nhttps://www.example.com/here/123?b=2&a=1");
    }

    // ================================================================ JSONP

    @Test
    void jsonpWrapsJsonInAPipelineWithAllowJsonp() throws Exception {
        HttpResponse<String> response = get("/api/data?callback=cb");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/javascript");
        assertThat(response.body()).isEqualTo("/**/ typeof cb === 'function' && cb({\"a\":1});");
    }

    @Test
    void jsonpLeavesHtmlAndCallbackFreeRequestsAlone() throws Exception {
        assertThat(get("/api/page?callback=cb").body()).isEqualTo("<p>hi</p>");
        assertThat(get("/api/data?callback=").body()).isEqualTo("{\"a\":1}");
        assertThat(get("/api/data").body()).isEqualTo("{\"a\":1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%24", "caf%C3%A9"})
    void badJsonpCallbackIs500AndIsNeverEchoed(String callback) throws Exception {
        HttpResponse<String> response = get("/api/data?callback=" + callback);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("script", "a.b", "caf", "typeof");
    }

    // ================================================================ downloads

    @Test
    void downloadIsAnAttachmentWithTheEncodedName() throws Exception {
        HttpResponse<String> response = get("/report");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-disposition"))
                .hasValue("attachment; filename=\"q1+report.csv\"");
        assertThat(response.headers().firstValue("content-type")).hasValue("text/csv");
        assertThat(response.body()).isEqualTo("a,b\n1,2\n");
    }

    // ================================================================ params

    @Test
    void scrubParamsPlugNullsEmptyFormFields() throws Exception {
        HttpResponse<String> response = post(
                "/users",
                "application/x-www-form-urlencoded",
                "user[name]=&user[tags][]=%20%20&user[age]=3&user[bio]=%09");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"user\":{\"name\":null,\"tags\":[null],\"age\":\"3\",\"bio\":\"\\t\"}}");
    }

    @Test
    void missingOrEmptyScrubbedKeyIs400() throws Exception {
        assertThat(post("/users", "application/x-www-form-urlencoded", "name=jose")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/users", "application/x-www-form-urlencoded", "user=").statusCode())
                .isEqualTo(400);
    }

    @Test
    void malformedAndOversizedParamsAre400And413() throws Exception {
        assertThat(raw("GET /here/1?a=%ZZ HTTP/1.1\r\nHost: localhost")).startsWith("HTTP/1.1 400");
        assertThat(post("/users", "application/x-www-form-urlencoded", "user[name]=%E9")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/users", "application/x-www-form-urlencoded", "user[name]=" + "x".repeat(2000))
                        .statusCode())
                .isEqualTo(413);
    }

    @Test
    void actionClauseExceptionIs400() throws Exception {
        HttpResponse<String> response = get("/clause/abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(get("/clause/42").body()).isEqualTo("42");
    }

    @Test
    void illegalArgumentFromParsingAParamInAnActionIsA500NotA400() throws Exception {
        assertThat(get("/parse/abc").statusCode()).isEqualTo(500);
        assertThat(get("/parse/7").body()).isEqualTo("7");
    }

    // ================================================================ action fallback

    @Test
    void fallbackBeanAnswersNotFoundWithThePreActionConn() throws Exception {
        HttpResponse<String> response = get("/posts/2");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"detail\":\"Not Found\"}}");
        assertThat(response.headers().firstValue("x-action")).isEmpty();
        assertThat(get("/posts/1").headers().firstValue("x-action")).hasValue("ran");
    }

    @Test
    void fallbackBeanAnswersInvalidWith422() throws Exception {
        HttpResponse<String> response = post("/posts", "application/json", "{}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"title\":[\"can't be blank\"]}}");
    }
}
