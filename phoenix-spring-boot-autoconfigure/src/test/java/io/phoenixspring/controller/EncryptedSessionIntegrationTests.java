package io.phoenixspring.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.token.KeyGenerator;
import io.phoenixspring.token.MessageEncryptor;
import io.phoenixspring.token.MessageVerifier;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The encrypted cookie session, and the browser pipeline on it, over real HTTP. */
@TestPropertySource(properties = "phoenix.endpoint.session.encryption-salt=" + EncryptedSessionIntegrationTests.SALT)
class EncryptedSessionIntegrationTests extends BrowserHttpSupport {

    static final String SALT = "encrypted cookie";

    @Test
    void sessionRoundTripsThroughAnEncryptedCookie() throws Exception {
        HttpResponse<String> put = get("/session/put?value=jose");

        String cookie = cookies.get(SESSION_COOKIE);
        assertThat(put.headers().firstValue("set-cookie"))
                .hasValueSatisfying(c -> assertThat(c)
                        .startsWith(SESSION_COOKIE + "=QTI1NkdDTQ.")
                        .containsIgnoringCase("HttpOnly"));
        assertThat(cookie).doesNotContain(b64("jose")).doesNotContain(b64("user"));
        assertThat(MessageEncryptor.decrypt(cookie, KeyGenerator.generate(SECRET_KEY_BASE, SALT)))
                .hasValueSatisfying(
                        p -> assertThat(new String(p, StandardCharsets.UTF_8)).isEqualTo("{\"user\":\"jose\"}"));
        assertThat(get("/session/get").body()).isEqualTo("user=jose");
    }

    @Test
    void tamperedEncryptedCookieIsAnEmptySessionNotAnError() throws Exception {
        get("/session/put?value=jose");
        String[] parts = cookies.get(SESSION_COOKIE).split("\\.");
        byte[] tag = Base64.getUrlDecoder().decode(parts[3]);
        tag[5] ^= 0x40;
        parts[3] = Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        cookies.put(SESSION_COOKIE, String.join(".", parts));

        HttpResponse<String> response = get("/session/get");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("user=none");
    }

    @Test
    void cookieEncryptedWithAnotherSecretIsAnEmptySession() throws Exception {
        byte[] otherKey = KeyGenerator.generate("z".repeat(64), SALT);
        cookies.put(
                SESSION_COOKIE,
                MessageEncryptor.encrypt("{\"user\":\"admin\"}".getBytes(StandardCharsets.UTF_8), otherKey));

        HttpResponse<String> response = get("/session/get");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("user=none");
    }

    @Test
    void validlySignedCookieIsNotAcceptedWhenEncryptionIsConfigured() throws Exception {
        byte[] signingKey = KeyGenerator.generate(SECRET_KEY_BASE, "phoenix session");
        cookies.put(
                SESSION_COOKIE,
                MessageVerifier.sign("{\"user\":\"admin\"}".getBytes(StandardCharsets.UTF_8), signingKey));

        HttpResponse<String> response = get("/session/get");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("user=none");
    }

    @Test
    void garbageIsAnEmptySession() throws Exception {
        for (String garbage : new String[] {"garbage", "QTI1NkdDTQ.", "QTI1NkdDTQ.a.b.c", "QTI1NkdDTQ.!!.??.%%"}) {
            cookies.put(SESSION_COOKIE, garbage);

            HttpResponse<String> response = get("/session/get");

            assertThat(response.statusCode()).as(garbage).isEqualTo(200);
            assertThat(response.body()).as(garbage).isEqualTo("user=none");
        }
    }

    @Test
    void renewWritesAFreshEncryptedCookieAndDropDeletesIt() throws Exception {
        get("/session/put?value=jose");
        String before = cookies.get(SESSION_COOKIE);

        get("/session/renew");
        String renewed = cookies.get(SESSION_COOKIE);
        assertThat(renewed).startsWith("QTI1NkdDTQ.").isNotEqualTo(before);
        assertThat(get("/session/get").body()).isEqualTo("user=jose");

        HttpResponse<String> dropped = get("/session/drop");
        assertThat(dropped.headers().firstValue("set-cookie"))
                .hasValueSatisfying(
                        c -> assertThat(c).startsWith(SESSION_COOKIE + "=;").containsIgnoringCase("max-age=0"));
        assertThat(get("/session/get").body()).isEqualTo("user=none");
    }

    @Test
    void csrfAndFlashWorkOnTheEncryptedSession() throws Exception {
        String token = csrfToken();

        HttpResponse<String> redirect =
                form("POST", "/flash", Map.of("_csrf_token", token, "message", "hidden", "to", "/flash/show"));

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(cookies.get(SESSION_COOKIE)).doesNotContain(b64("phoenix_flash"));
        assertThat(get("/flash/show").body()).isEqualTo("flash={info=hidden}");
        assertThat(form("POST", "/form", Map.of("_csrf_token", "forged")).statusCode())
                .isEqualTo(403);
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
