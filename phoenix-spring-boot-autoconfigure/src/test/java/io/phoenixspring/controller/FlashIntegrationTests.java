package io.phoenixspring.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flash over real HTTP: it survives exactly one redirect. */
class FlashIntegrationTests extends BrowserHttpSupport {

    private HttpResponse<String> postFlash(String message, String to) throws Exception {
        return form("POST", "/flash", Map.of("_csrf_token", csrfToken(), "message", message, "to", to));
    }

    @Test
    void flashSurvivesExactlyOneRedirect() throws Exception {
        HttpResponse<String> redirect = postFlash("Welcome Back!", "/flash/show");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).hasValue("/flash/show");
        assertThat(get("/flash/show").body()).isEqualTo("flash={info=Welcome Back!}");
        assertThat(get("/flash/show").body()).isEqualTo("flash={}");
    }

    @Test
    void flashPutOnA200IsShownThenGone() throws Exception {
        assertThat(get("/flash/render").body()).isEqualTo("flash={info=rendered}");
        assertThat(get("/flash/show").body()).isEqualTo("flash={}");
    }

    @Test
    void twoHopRedirectChainCarriesTheFlash() throws Exception {
        HttpResponse<String> first = postFlash("created", "/flash/hop");
        HttpResponse<String> second = get("/flash/hop");

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("location")).hasValue("/flash/show");
        assertThat(get("/flash/show").body()).isEqualTo("flash={info=created}");
        assertThat(get("/flash/show").body()).isEqualTo("flash={}");
    }

    @Test
    void flashIsNotSharedBetweenBrowsers() throws Exception {
        postFlash("mine", "/flash/show");
        cookies.clear();

        assertThat(get("/flash/show").body()).isEqualTo("flash={}");
    }

    @Test
    void readingTheFlashWithoutFetchingItIsAnErrorThatSaysToFetchIt() throws Exception {
        HttpResponse<String> response = get("/bare/flash");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("flash not fetched, call fetchFlash(conn) first");
    }
}
