package io.phoenixspring.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.plug.InvalidCrossOriginRequestException;
import io.phoenixspring.plug.InvalidCsrfTokenException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** protectFromForgery in a named browser pipeline, over real HTTP. */
class CsrfIntegrationTests extends BrowserHttpSupport {

    private static final String REFUSED = "403 InvalidCsrfTokenException: " + InvalidCsrfTokenException.MESSAGE;

    @Test
    void postWithoutATokenIs403WithPlugsMessage() throws Exception {
        csrfToken();

        HttpResponse<String> response = form("POST", "/form", Map.of("title", "x"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .isEqualTo("403 InvalidCsrfTokenException: invalid CSRF (Cross Site Request Forgery) token, please make"
                        + " sure that:\n\n  * The session cookie is being sent and session is loaded\n  * The request"
                        + " include a valid '_csrf_token' param or 'x-csrf-token' header");
    }

    @Test
    void postWithoutASessionCookieIs403() throws Exception {
        HttpResponse<String> response = form("POST", "/form", Map.of("_csrf_token", "x".repeat(56)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(REFUSED);
    }

    @Test
    void tokenInTheFormFieldIs200() throws Exception {
        String token = csrfToken();

        HttpResponse<String> response = form("POST", "/form", Map.of("_csrf_token", token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok POST");
    }

    @Test
    void tokenInTheHeaderIs200() throws Exception {
        String token = csrfToken();

        HttpResponse<String> response = form("POST", "/form", Map.of(), "x-csrf-token", token);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void tokenOnlyInTheQueryStringIs403() throws Exception {
        String token = csrfToken();

        HttpResponse<String> response =
                form("POST", "/form?_csrf_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), Map.of("a", "b"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(REFUSED);
    }

    @Test
    void invalidOrForgedTokensAre403() throws Exception {
        String token = csrfToken();
        String forgedMask = token.substring(0, 32) + "A".repeat(24);
        for (String bad : List.of("wrong", token.substring(1), forgedMask, "A".repeat(56))) {
            HttpResponse<String> response = form("POST", "/form", Map.of("_csrf_token", bad));

            assertThat(response.statusCode()).as(bad).isEqualTo(403);
            assertThat(response.body()).as(bad).isEqualTo(REFUSED);
        }
    }

    @Test
    void tokenOfAnotherSessionIs403() throws Exception {
        String token = csrfToken();
        cookies.clear();
        csrfToken();

        assertThat(form("POST", "/form", Map.of("_csrf_token", token)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void tokensDifferPerRequestButAllValidate() throws Exception {
        HttpResponse<String> page = get("/form");
        String first = page.body().substring(0, 56);
        String second = csrfToken();
        String third = csrfToken();

        assertThat(page.body()).endsWith(" same=true");
        assertThat(first).isNotEqualTo(second).isNotEqualTo(third);
        assertThat(second).isNotEqualTo(third);
        for (String token : List.of(first, second, third)) {
            assertThat(form("POST", "/form", Map.of("_csrf_token", token)).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void sessionCookieIsWrittenOnlyWhenTheTokenIsFirstMade() throws Exception {
        HttpResponse<String> first = get("/form");
        HttpResponse<String> second = get("/form");

        assertThat(first.headers().allValues("set-cookie"))
                .singleElement()
                .asString()
                .startsWith(SESSION_COOKIE);
        assertThat(second.headers().allValues("set-cookie")).isEmpty();
    }

    @Test
    void deleteCsrfTokenInvalidatesEarlierTokens() throws Exception {
        String token = csrfToken();

        HttpResponse<String> login = form("POST", "/login", Map.of("_csrf_token", token));
        HttpResponse<String> after = form("POST", "/form", Map.of("_csrf_token", token));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(after.statusCode()).isEqualTo(403);
        assertThat(form("POST", "/form", Map.of("_csrf_token", csrfToken())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void getHeadAndOptionsAreNotChecked() throws Exception {
        assertThat(get("/form").statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "/form", HttpRequest.BodyPublishers.noBody()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> options = send("OPTIONS", "/form", HttpRequest.BodyPublishers.noBody());
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).isEqualTo("ok OPTIONS");
    }

    @Test
    void putPatchAndDeleteAreChecked() throws Exception {
        String token = csrfToken();
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            HttpResponse<String> without = form(method, "/form", Map.of("a", "b"));
            HttpResponse<String> withHeader = form(method, "/form", Map.of(), "x-csrf-token", token);
            HttpResponse<String> withJsonField = send(
                    method,
                    "/form",
                    HttpRequest.BodyPublishers.ofString("{\"_csrf_token\":\"" + token + "\"}"),
                    "content-type",
                    "application/json");

            assertThat(without.statusCode()).as(method).isEqualTo(403);
            assertThat(withHeader.statusCode()).as(method).isEqualTo(200);
            assertThat(withHeader.body()).isEqualTo("ok " + method);
            assertThat(withJsonField.statusCode()).as(method).isEqualTo(200);
        }
    }

    @Test
    void methodOverriddenToDeleteIsChecked() throws Exception {
        HttpResponse<String> response = form("POST", "/form", Map.of("_method", "DELETE"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void clearSessionModeContinuesWithAnEmptySessionAndWritesNoCookie() throws Exception {
        get("/session/put?value=jose");
        String sessionBefore = cookies.get(SESSION_COOKIE);
        assertThat(sessionBefore).isNotNull();

        HttpResponse<String> response = form("POST", "/lenient/form", Map.of("_csrf_token", "forged"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("session={}");
        assertThat(response.headers().allValues("set-cookie")).isEmpty();
        assertThat(get("/session/get").body()).isEqualTo("user=jose");
    }

    @Test
    void skipPrivateSkipsTheChecks() throws Exception {
        assertThat(form("POST", "/skip/form", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/skip/app.js").statusCode()).isEqualTo(200);
    }

    @Test
    void crossOriginJavaScriptGetIs403() throws Exception {
        HttpResponse<String> response = get("/app.js");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .isEqualTo("403 InvalidCrossOriginRequestException: " + InvalidCrossOriginRequestException.MESSAGE)
                .doesNotContain("secret = 1");
    }

    @Test
    void javaScriptGetWithXhrIs200() throws Exception {
        HttpResponse<String> response = get("/app.js", "x-requested-with", "XMLHttpRequest");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("secret = 1;");
    }

    @Test
    void secureBrowserHeadersHaveTheirExactValues() throws Exception {
        HttpResponse<String> response = get("/form");

        Map<String, List<String>> headers = response.headers().map();
        assertThat(headers.get("x-frame-options")).containsExactly("SAMEORIGIN");
        assertThat(headers.get("x-xss-protection")).containsExactly("1; mode=block");
        assertThat(headers.get("x-content-type-options")).containsExactly("nosniff");
        assertThat(headers.get("x-download-options")).containsExactly("noopen");
        assertThat(headers.get("x-permitted-cross-domain-policies")).containsExactly("none");
        assertThat(headers.get("cross-origin-window-policy")).containsExactly("deny");
        assertThat(headers).doesNotContainKeys("content-security-policy", "strict-transport-security");
    }

    @Test
    void customSecureHeadersReplaceTheDefaultAndAreAdded() throws Exception {
        HttpResponse<String> response = get("/custom/headers");

        assertThat(response.headers().allValues("x-frame-options")).containsExactly("DENY");
        assertThat(response.headers().allValues("content-security-policy")).containsExactly("default-src 'self'");
        assertThat(response.headers().allValues("x-content-type-options")).containsExactly("nosniff");
    }
}
