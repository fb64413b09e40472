package io.phoenixspring.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Renewing and dropping the signed cookie session, over real HTTP. */
class SessionOptionsIntegrationTests extends BrowserHttpSupport {

    @Test
    void renewRewritesTheCookieWithTheSameData() throws Exception {
        get("/session/put?value=jose");

        HttpResponse<String> renewed = get("/session/renew");

        assertThat(renewed.headers().allValues("set-cookie"))
                .singleElement()
                .asString()
                .startsWith(SESSION_COOKIE + "=SFMyNTY.");
        assertThat(get("/session/get").body()).isEqualTo("user=jose");
    }

    @Test
    void dropDeletesTheCookie() throws Exception {
        get("/session/put?value=jose");

        HttpResponse<String> dropped = get("/session/drop");

        assertThat(dropped.headers().allValues("set-cookie"))
                .singleElement()
                .asString()
                .startsWith(SESSION_COOKIE + "=;")
                .containsIgnoringCase("max-age=0");
        assertThat(cookies).doesNotContainKey(SESSION_COOKIE);
        assertThat(get("/session/get").body()).isEqualTo("user=none");
    }
}
