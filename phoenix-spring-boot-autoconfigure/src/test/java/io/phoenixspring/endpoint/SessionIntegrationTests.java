package io.phoenixspring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.token.KeyGenerator;
import io.phoenixspring.token.MessageVerifier;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signed cookie session over real HTTP. */
class SessionIntegrationTests extends HttpTestSupport {

    @Test
    void putSessionSetsASignedCookie() throws Exception {
        HttpResponse<String> response = get("/session/put?value=jose");

        assertThat(response.statusCode()).isEqualTo(200);
        String setCookie = response.headers().firstValue("set-cookie").orElseThrow();
        assertThat(setCookie).startsWith("_test_key=SFMyNTY.");
        assertThat(setCookie.toLowerCase(java.util.Locale.ROOT))
                .contains("path=/")
                .contains("httponly")
                .contains("samesite=lax");
    }

    @Test
    void theCookieSentBackReadsTheValue() throws Exception {
        String cookie = sessionCookie(get("/session/put?value=jose"));

        HttpResponse<String> response = get("/session/get", "cookie", cookie);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("user=jose");
    }

    @Test
    void readingTheSessionWithoutChangingItSetsNoCookie() throws Exception {
        String cookie = sessionCookie(get("/session/put?value=jose"));

        HttpResponse<String> response = get("/session/get", "cookie", cookie);

        assertThat(response.headers().allValues("set-cookie")).isEmpty();
    }

    @Test
    void noCookieIsAnEmptySession() throws Exception {
        HttpResponse<String> response = get("/session/get");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("user=none");
    }

    @Test
    void tamperedSignatureIsAnEmptySessionNotAnError() throws Exception {
        String cookie = sessionCookie(get("/session/put?value=jose"));
        int signature = cookie.lastIndexOf('.') + 1;
        char first = cookie.charAt(signature);
        String tampered = cookie.substring(0, signature) + (first == 'A' ? 'g' : 'A') + cookie.substring(signature + 1);

        HttpResponse<String> response = get("/session/get", "cookie", tampered);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("user=none");
    }

    @Test
    void tamperedPayloadIsAnEmptySessionNotAnError() throws Exception {
        String cookie = sessionCookie(get("/session/put?value=jose"));
        String value = cookie.substring("_test_key=".length());
        String[] parts = value.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"user\":\"admin\"}".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response =
                get("/session/get", "cookie", "_test_key=" + parts[0] + "." + forgedPayload + "." + parts[2]);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("user=none");
    }

    @Test
    void cookieSignedWithAnotherSecretIsAnEmptySession() throws Exception {
        byte[] otherKey = KeyGenerator.generate("z".repeat(64), "phoenix session");
        String forged = MessageVerifier.sign("{\"user\":\"admin\"}".getBytes(StandardCharsets.UTF_8), otherKey);

        HttpResponse<String> response = get("/session/get", "cookie", "_test_key=" + forged);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("user=none");
    }

    @Test
    void garbageCookieIsAnEmptySession() throws Exception {
        for (String garbage : new String[] {"garbage", "SFMyNTY.", "SFMyNTY.!!!.???", "a.b.c.d", "..", "SFMyNTY..x"}) {
            HttpResponse<String> response = get("/session/get", "cookie", "_test_key=" + garbage);

            assertThat(response.statusCode()).as(garbage).isEqualTo(200);
            assertThat(response.body()).as(garbage).isEqualTo("user=none");
        }
    }

    @Test
    void validlySignedNonJsonPayloadIsAnEmptySession() throws Exception {
        byte[] key = KeyGenerator.generate(SECRET_KEY_BASE, "phoenix session");
        String signed = MessageVerifier.sign("not json".getBytes(StandardCharsets.UTF_8), key);

        HttpResponse<String> response = get("/session/get", "cookie", "_test_key=" + signed);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("user=none");
    }

    /** {@code name=value} of the session cookie in {@code response}. */
    private static String sessionCookie(HttpResponse<String> response) {
        String setCookie = response.headers().firstValue("set-cookie").orElseThrow();
        int semicolon = setCookie.indexOf(';');
        return semicolon < 0 ? setCookie : setCookie.substring(0, semicolon);
    }
}
