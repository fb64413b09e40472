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
        assertThat(missing.body()).isEqualTo("Not Found");
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
    void actuatorIsReachedPastTheEndpointAndListsTheRoutes() throws IOException, InterruptedException {
        HttpResponse<String> mappings = send(HttpRequest.newBuilder(uri("/actuator/mappings")));
        assertThat(mappings.statusCode()).isEqualTo(200);
        assertThat(mappings.body()).contains("\"phoenixRoutes\"").contains("\"path\":\"/users/:id/edit\"");
        assertThat(mappings.body()).contains("\"helper\":\"admin_review_path\"");
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
