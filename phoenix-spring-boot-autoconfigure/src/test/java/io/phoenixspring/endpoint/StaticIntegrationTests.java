package io.phoenixspring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Static files from {@code classpath:/static} over real HTTP, with gzip on. */
class StaticIntegrationTests extends HttpTestSupport {

    private static final String APP_CSS = "body { color: rebeccapurple; }\n";

    @Test
    void servesAFileWithItsContentTypeAndEtag() throws Exception {
        HttpResponse<String> response = get("/css/app.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(APP_CSS);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(response.headers().firstValue("etag"))
                .hasValueSatisfying(e -> assertThat(e).matches("\"[0-9A-F]+\""));
        assertThat(response.headers().firstValue("cache-control")).hasValue("public");
        assertThat(response.headers().firstValue("content-encoding")).isEmpty();
    }

    @Test
    void servesATopLevelFileListedInOnly() throws Exception {
        HttpResponse<String> response = get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("User-agent: *");
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    }

    @Test
    void matchingIfNoneMatchIsNotModified() throws Exception {
        String etag = get("/css/app.css").headers().firstValue("etag").orElseThrow();

        HttpResponse<String> response = get("/css/app.css", "if-none-match", etag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("etag")).hasValue(etag);
    }

    @Test
    void differentIfNoneMatchServesTheFile() throws Exception {
        HttpResponse<String> response = get("/css/app.css", "if-none-match", "\"0\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(APP_CSS);
    }

    @Test
    void gzipSiblingIsServedToClientsAcceptingGzip() throws Exception {
        HttpResponse<byte[]> response =
                sendForBytes(request("/css/app.css").header("accept-encoding", "gzip, deflate"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(response.headers().firstValue("vary"))
                .hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("accept-encoding"));
        assertThat(gunzip(response.body())).isEqualTo("body { color: gzipped; }\n");
    }

    @Test
    void gzipSiblingIsNotServedWhenGzipIsRefused() throws Exception {
        HttpResponse<String> response = get("/css/app.css", "accept-encoding", "gzip;q=0, identity");

        assertThat(response.headers().firstValue("content-encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(APP_CSS);
    }

    @Test
    void vsnRequestGetsTheLongLivedCacheControlAndNoEtag() throws Exception {
        HttpResponse<String> response = get("/css/app.css?vsn=d");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("cache-control")).hasValue("public, max-age=31536000");
        assertThat(response.headers().firstValue("etag")).isEmpty();
        assertThat(response.body()).isEqualTo(APP_CSS);
    }

    @Test
    void headOfAFileHasHeadersButNoBody() throws Exception {
        HttpResponse<String> response =
                send(request("/css/app.css").method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    @Test
    void fileOutsideOnlyIsNotServed() throws Exception {
        HttpResponse<String> response = get("/private.txt");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("NOT-SERVED-OUTSIDE-ONLY");
    }

    @Test
    void missingFileUnderAnOnlyFolderFallsToTheRouter() throws Exception {
        HttpResponse<String> response = get("/css/missing.css");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("Not Found");
    }

    @Test
    void postToAStaticPathIsNotServedAFile() throws Exception {
        HttpResponse<String> response = post("/css/app.css", "text/plain", "x");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("rebeccapurple");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/css/%2e%2e/%2e%2e/phoenix-traversal-secret.txt",
                "/css/%2E%2E/%2E%2E/phoenix-traversal-secret.txt",
                "/css/%2e%2e/%2e%2e/application.properties",
                "/css/..%2f..%2fphoenix-traversal-secret.txt",
                "/css/..%2fx",
                "/css/..%5c..%5cphoenix-traversal-secret.txt",
                "/css/%5c..%5c..%5cphoenix-traversal-secret.txt",
                "/css/app.css%00.txt",
                "/css/app.css%00",
                "/css/./app.css",
                "/css/%2e/app.css",
                "/css/c:%5cphoenix-traversal-secret.txt"
            })
    void traversalAttemptsAreRejectedWithoutServingAFile(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertThat(response.body())
                .as(path)
                .doesNotContain("TOPSECRET")
                .doesNotContain("rebeccapurple")
                .doesNotContain("phoenix.endpoint");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/css/../../phoenix-traversal-secret.txt",
                "/css/../phoenix-traversal-secret.txt",
                "/../phoenix-traversal-secret.txt",
                "/css/..\\..\\phoenix-traversal-secret.txt",
                "/css/%2e%2e/%2e%2e/phoenix-traversal-secret.txt",
                "/css//../../phoenix-traversal-secret.txt"
            })
    void rawTraversalAttemptsAreRejectedWithoutServingAFile(String path) throws Exception {
        String answer = raw("GET " + path + " HTTP/1.1");

        assertThat(rawStatus(answer)).as(path).isIn(400, 404);
        assertThat(answer).as(path).doesNotContain("TOPSECRET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/css/%2e/app.css", "/css/./app.css", "/css/a:b.css", "/css/%2e%2e"})
    void invalidSegmentsTheContainerLetsThroughAreABadRequestFromTheStaticPlug(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).as(path).isEqualTo("Bad Request");
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
