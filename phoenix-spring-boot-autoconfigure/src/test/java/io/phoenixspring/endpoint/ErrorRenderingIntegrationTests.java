package io.phoenixspring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Failures rendered over real HTTP by the default error renderer, with the error view, the error templates and the
 * status message fallback, as HTML or JSON by the request's format; never with a stack trace.
 */
@SpringBootTest(
        classes = ErrorPagesTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.banner-mode=off",
            "spring.thymeleaf.prefix=classpath:/error-pages/templates/",
            "phoenix.endpoint.parsers.length=1KB"
        })
class ErrorRenderingIntegrationTests extends HttpTestSupport {

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("content-type").orElse("");
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertThat(response.body())
                .doesNotContain("\tat ")
                .doesNotContain("at io.phoenixspring")
                .doesNotContain("Exception")
                .doesNotContain("secret detail");
    }

    // ================================================================ 404

    @Test
    void unknownRouteRendersTheErrorTemplateWithoutLayout() throws Exception {
        HttpResponse<String> response = get("/such/a/wrong/path", "accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).startsWith("text/html");
        assertThat(response.body())
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n<div class=\"phx-hero\">")
                .contains("Sorry, the page you are looking for does not exist.")
                .contains("<p id=\"status\">404 Not Found</p>")
                .contains("<p id=\"path\">/such/a/wrong/path</p>")
                .doesNotContain("<main")
                .endsWith("</html>\n");
        assertNoStackTrace(response);
    }

    @Test
    void unknownRouteForAJsonClientUsesTheErrorViewsRenderClause() throws Exception {
        HttpResponse<String> response = get("/such/a/wrong/path", "accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(response.body()).isEqualTo("{\"errors\":{\"detail\":\"Page Not Found: /such/a/wrong/path\"}}");
    }

    // ================================================================ 500

    @Test
    void failingHtmlActionRendersThe500Template() throws Exception {
        HttpResponse<String> response = get("/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(contentType(response)).startsWith("text/html");
        assertThat(response.body())
                .contains("Our custom 500 page: <span>Internal Server Error</span> (<span>error</span>)");
        assertNoStackTrace(response);
    }

    @Test
    void failingJsonActionRendersTheJsonStatusMessage() throws Exception {
        HttpResponse<String> response = get("/api/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(response.body()).isEqualTo("{\"errors\":{\"detail\":\"Internal Server Error\"}}");
    }

    @Test
    void routeWithoutAcceptsNegotiatesTheErrorFormatFromTheAcceptHeader() throws Exception {
        assertThat(get("/plain/boom", "accept", "application/json").body())
                .isEqualTo("{\"errors\":{\"detail\":\"Internal Server Error\"}}");
        assertThat(get("/plain/boom", "accept", "text/html").body()).contains("Our custom 500 page");
        assertThat(get("/plain/boom?_format=json").body())
                .isEqualTo("{\"errors\":{\"detail\":\"Internal Server Error\"}}");
    }

    @Test
    void unacceptableRequestFormatFallsBackToTheFirstAcceptedFormat() throws Exception {
        HttpResponse<String> response = get("/plain/boom", "accept", "image/png");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(contentType(response)).startsWith("text/html");
        assertThat(response.body()).contains("Our custom 500 page");
    }

    // ================================================================ 4xx by exception status

    @Test
    void connExceptionStatusIsRenderedWithTheStatusMessageWhenThereIsNoTemplate() throws Exception {
        HttpResponse<String> html = get("/forbidden");
        HttpResponse<String> json = get("/api/forbidden");

        assertThat(html.statusCode()).isEqualTo(403);
        assertThat(contentType(html)).startsWith("text/html");
        assertThat(html.body()).isEqualTo("Forbidden");
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(contentType(json)).startsWith("application/json");
        assertThat(json.body()).isEqualTo("{\"errors\":{\"detail\":\"Forbidden\"}}");
    }

    @Test
    void missingParamIsABadRequest() throws Exception {
        HttpResponse<String> html = get("/missing");
        HttpResponse<String> json = get("/api/missing");

        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).isEqualTo("Bad Request");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).isEqualTo("{\"errors\":{\"detail\":\"Bad Request\"}}");
    }

    @Test
    void unparsableBodyIsABadRequestInTheNegotiatedFormat() throws Exception {
        HttpResponse<String> response = send(request("/api/ok")
                .header("content-type", "application/json")
                .header("accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"broken\":")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"detail\":\"Bad Request\"}}");
        assertNoStackTrace(response);
    }

    @Test
    void unacceptableFormatIsA406RenderedInANegotiatedFormat() throws Exception {
        HttpResponse<String> html = get("/api/ok", "accept", "text/html");
        HttpResponse<String> json = get("/ok?_format=json");

        assertThat(html.statusCode()).isEqualTo(406);
        assertThat(contentType(html)).startsWith("text/html");
        assertThat(html.body()).isEqualTo("Not Acceptable");
        assertThat(json.statusCode()).isEqualTo(406);
        assertThat(json.body()).isEqualTo("{\"errors\":{\"detail\":\"Not Acceptable\"}}");
    }

    // ================================================================ failures while rendering

    @Test
    void templateThatFailsGivesAMinimal500() throws Exception {
        HttpResponse<String> response = get("/invalid");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("Internal Server Error");
        assertNoStackTrace(response);
        assertThat(get("/ok").body()).isEqualTo("ok");
    }

    @Test
    void sameErrorAsJsonDoesNotTouchTheFailingTemplate() throws Exception {
        HttpResponse<String> response = get("/api/invalid");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"detail\":\"Unprocessable Entity\"}}");
    }
}
