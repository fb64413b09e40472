package com.example.hello;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The sample over real HTTP, as a browser reaches it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelloServerTests {

    @Autowired
    Environment environment;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + environment.getProperty("local.server.port") + path);
    }

    @Test
    void servesTheGuidesPages() throws IOException, InterruptedException {
        HttpResponse<String> hello = send(HttpRequest.newBuilder(uri("/hello/Frank")));
        assertThat(hello.statusCode()).isEqualTo(200);
        assertThat(hello.body()).contains("Hello World, from Frank!");
        assertThat(hello.headers().firstValue("x-request-id")).get().asString().hasSize(20);
        assertThat(hello.headers().firstValue("cache-control")).contains("max-age=0, private, must-revalidate");
    }

    @Test
    void unknownRoutesAre404AndTheServerCarriesOn() throws IOException, InterruptedException {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/nope")));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Sorry, the page you are looking for does not exist.");
        assertThat(send(HttpRequest.newBuilder(uri("/"))).statusCode()).isEqualTo(200);
    }

    @Test
    void jsonApiOverHttp() throws IOException, InterruptedException {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/images"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"image\":{\"title\":\"over http\"}}")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"title\":\"over http\"");
    }

    @Test
    void metricsAreScrapedByRoutePattern() throws IOException, InterruptedException {
        assertThat(send(HttpRequest.newBuilder(uri("/hello/Ada"))).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/hello/Grace"))).statusCode())
                .isEqualTo(200);

        HttpResponse<String> scrape = send(HttpRequest.newBuilder(uri("/actuator/prometheus")));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern(
                        "(?m)^phoenix_router_dispatch_stop_duration_milliseconds_count\\{route=\"/hello/:messenger\"} [2-9]")
                .contains("uri=\"/hello/:messenger\"")
                .doesNotContain("/hello/Ada")
                .contains("jvm_memory_used_bytes", "phoenix_endpoint_stop_duration_milliseconds_count");
    }

    @Test
    void actuatorIsReachedPastTheEndpointAndListsTheRoutes() throws IOException, InterruptedException {
        HttpResponse<String> mappings = send(HttpRequest.newBuilder(uri("/actuator/mappings")));
        assertThat(mappings.statusCode()).isEqualTo(200);
        assertThat(mappings.body()).contains("\"phoenixRoutes\"").contains("\"path\":\"/users/:id/edit\"");
        assertThat(mappings.body()).contains("\"helper\":\"admin_review_path\"");
    }

    @Test
    void formsPostWithTheirCsrfTokenAndNotWithoutIt() throws IOException, InterruptedException {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/users/new")));
        String cookie = form.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        java.util.regex.Matcher token = java.util.regex.Pattern.compile(
                        "name=\"_csrf_token\" type=\"hidden\" value=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "_csrf_token=" + token.group(1) + "&user%5Bname%5D=Over+HTTP&user%5Bemail%5D=h%40t.p";
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/users"))
                .header("cookie", cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("location")).get().asString().matches("/users/\\d+");

        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/users"))
                .header("cookie", cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user%5Bname%5D=Mallory&user%5Bemail%5D=m%40x.y")));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> put = send(HttpRequest.newBuilder(
                        uri(created.headers().firstValue("location").get()))
                .header("cookie", cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "_csrf_token=" + token.group(1) + "&user%5Bname%5D=Put+Form&user%5Bemail%5D=p%40f.x")));
        assertThat(put.statusCode())
                .as("a PUT form body reaches the endpoint's parsers")
                .isEqualTo(302);
    }

    @Test
    void forgedSessionCookieIsIgnoredNotAnError() throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")));
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> forged =
                send(HttpRequest.newBuilder(uri("/")).header("cookie", "_hello_key=SFMyNTY.e30.AAAA"));
        assertThat(forged.statusCode()).isEqualTo(200);
    }
}
