package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import io.phoenixspring.conn.SessionOption;
import io.phoenixspring.token.KeyGenerator;
import io.phoenixspring.token.MessageEncryptor;
import io.phoenixspring.token.MessageVerifier;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The cookie store with an encryption salt, and renewing or dropping a session. */
class EncryptedSessionPlugTests {

    private static final String SECRET = "s".repeat(32) + "e".repeat(32);
    private static final String KEY = "_hello_key";
    private static final SessionPlug.Options ENCRYPTED =
            new SessionPlug.Options(KEY, "signing salt", null, "/", null, false, true, "Lax", "encryption salt");

    private final JsonMapper json = JsonMapper.builder().build();
    private final SessionPlug plug = new SessionPlug(SECRET, ENCRYPTED, json);

    private Conn fetched(SessionPlug store, FakeConnAdapter adapter, @Nullable String cookie) {
        if (cookie != null) {
            adapter.header("cookie", KEY + "=" + cookie);
        }
        return store.call(adapter.conn()).fetchSession();
    }

    private static String sentCookie(FakeConnAdapter adapter) {
        List<String> setCookies = adapter.sentHeader("set-cookie");
        assertThat(setCookies).hasSize(1);
        String header = setCookies.get(0);
        return header.substring(KEY.length() + 1, header.indexOf(';'));
    }

    private String write(SessionPlug store, Map<String, Object> values) {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");
        Conn conn = fetched(store, adapter, null);
        values.forEach(conn::putSession);
        conn.sendResp(200, "ok");
        return sentCookie(adapter);
    }

    @Test
    void encryptedSessionIsReadBackInTheNextRequest() {
        String cookie = write(plug, Map.of("user_id", 42, "locale", "en"));

        Conn next = fetched(plug, FakeConnAdapter.request("GET", "/"), cookie);

        assertThat(next.getSession()).containsOnly(entry("user_id", 42), entry("locale", "en"));
    }

    @Test
    void cookieIsEncryptedWithTheKeyOfTheEncryptionSalt() {
        String cookie = write(plug, Map.of("user_id", 42));

        assertThat(cookie).startsWith("QTI1NkdDTQ.").doesNotStartWith("SFMyNTY.");
        String readable =
                Base64.getUrlEncoder().withoutPadding().encodeToString("user_id".getBytes(StandardCharsets.UTF_8));
        assertThat(cookie).doesNotContain(readable);
        assertThat(MessageEncryptor.decrypt(cookie, KeyGenerator.generate(SECRET, "encryption salt")))
                .hasValueSatisfying(
                        p -> assertThat(new String(p, StandardCharsets.UTF_8)).isEqualTo("{\"user_id\":42}"));
    }

    @Test
    void tamperedEncryptedCookieGivesAnEmptySession() {
        String cookie = write(plug, Map.of("user_id", 1));
        String[] parts = cookie.split("\\.");
        byte[] cipherText = Base64.getUrlDecoder().decode(parts[2]);
        cipherText[cipherText.length - 2] ^= 3;
        parts[2] = Base64.getUrlEncoder().withoutPadding().encodeToString(cipherText);

        Conn conn = fetched(plug, FakeConnAdapter.request("GET", "/"), String.join(".", parts));

        assertThat(conn.getSession()).isEmpty();
    }

    @Test
    void cookieEncryptedWithAnotherSecretGivesAnEmptySession() {
        byte[] otherKey = KeyGenerator.generate("x".repeat(64), "encryption salt");
        String forged = MessageEncryptor.encrypt("{\"admin\":true}".getBytes(StandardCharsets.UTF_8), otherKey);

        Conn conn = fetched(plug, FakeConnAdapter.request("GET", "/"), forged);

        assertThat(conn.getSession()).isEmpty();
    }

    @Test
    void validlySignedCookieIsNotAcceptedWhenEncryptionIsConfigured() {
        String signed = MessageVerifier.sign(
                "{\"admin\":true}".getBytes(StandardCharsets.UTF_8), KeyGenerator.generate(SECRET, "signing salt"));

        Conn conn = fetched(plug, FakeConnAdapter.request("GET", "/"), signed);

        assertThat(conn.getSession()).isEmpty();
    }

    @Test
    void encryptedCookieIsNotAcceptedBySignedOnlyStore() {
        SessionPlug signedOnly = new SessionPlug(
                SECRET, new SessionPlug.Options(KEY, "signing salt", null, "/", null, false, true, "Lax"), json);
        String cookie = write(plug, Map.of("user_id", 1));

        assertThat(fetched(signedOnly, FakeConnAdapter.request("GET", "/"), cookie)
                        .getSession())
                .isEmpty();
    }

    @Test
    void garbageGivesAnEmptySession() {
        for (String garbage : List.of("garbage", "QTI1NkdDTQ.", "QTI1NkdDTQ.a.b.c", "QTI1NkdDTQ.!.?.%")) {
            assertThat(fetched(plug, FakeConnAdapter.request("GET", "/"), garbage)
                            .getSession())
                    .as(garbage)
                    .isEmpty();
        }
    }

    @Test
    void renewRewritesTheCookieOfAnUnchangedSession() {
        String cookie = write(plug, Map.of("user_id", 7));
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");

        fetched(plug, adapter, cookie).configureSession(SessionOption.RENEW).sendResp(200, "");

        String renewed = sentCookie(adapter);
        assertThat(renewed).isNotEqualTo(cookie);
        assertThat(fetched(plug, FakeConnAdapter.request("GET", "/"), renewed).getSession())
                .containsOnly(entry("user_id", 7));
    }

    @Test
    void renewRewritesASignedCookieToo() {
        SessionPlug signedOnly = new SessionPlug(
                SECRET, new SessionPlug.Options(KEY, "signing salt", null, "/", null, false, true, "Lax"), json);
        String cookie = write(signedOnly, Map.of("user_id", 7));
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");

        fetched(signedOnly, adapter, cookie)
                .configureSession(SessionOption.RENEW)
                .putSession("role", "admin")
                .sendResp(200, "");

        assertThat(fetched(signedOnly, FakeConnAdapter.request("GET", "/"), sentCookie(adapter))
                        .getSession())
                .containsOnly(entry("user_id", 7), entry("role", "admin"));
    }

    @Test
    void dropDeletesTheEncryptedCookie() {
        String cookie = write(plug, Map.of("user_id", 1));
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");

        fetched(plug, adapter, cookie)
                .putSession("more", 1)
                .configureSession(SessionOption.DROP)
                .sendResp(200, "");

        assertThat(adapter.sentHeader("set-cookie"))
                .singleElement()
                .asString()
                .startsWith(KEY + "=; path=/; expires=")
                .contains("; max-age=0");
    }

    @Test
    void emptyEncryptionSaltIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionPlug.Options(KEY, "salt", null, "/", null, false, true, "Lax", ""))
                .withMessageContaining("encryption salt is empty")
                .withMessageContaining("phoenix.endpoint.session.encryption-salt");
    }
}
