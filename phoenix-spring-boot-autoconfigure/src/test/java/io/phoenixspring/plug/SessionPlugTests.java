package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import io.phoenixspring.conn.SessionOption;
import io.phoenixspring.token.KeyGenerator;
import io.phoenixspring.token.MessageVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SessionPlugTests {

    private static final String SECRET = "s".repeat(32) + "e".repeat(32);
    private static final String KEY = "_hello_key";
    private static final SessionPlug.Options OPTIONS =
            new SessionPlug.Options(KEY, "signing salt", null, "/", null, false, true, "Lax");

    private final JsonMapper json = JsonMapper.builder().build();
    private final SessionPlug plug = new SessionPlug(SECRET, OPTIONS, json);

    /** Runs the session plug and fetches the session, with {@code cookie} sent by the client when not null. */
    private Conn fetched(FakeConnAdapter adapter, String cookie) {
        if (cookie != null) {
            adapter.header("cookie", KEY + "=" + cookie);
        }
        return plug.call(adapter.conn()).fetchSession();
    }

    /** The value of the session cookie sent to the client. */
    private static String sentCookie(FakeConnAdapter adapter) {
        List<String> setCookies = adapter.sentHeader("set-cookie");
        assertThat(setCookies).hasSize(1);
        String header = setCookies.get(0);
        assertThat(header).startsWith(KEY + "=");
        return header.substring(KEY.length() + 1, header.indexOf(';'));
    }

    private String writeSession(Map<String, Object> values) {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");
        Conn conn = fetched(adapter, null);
        values.forEach(conn::putSession);
        conn.sendResp(200, "ok");
        return sentCookie(adapter);
    }

    @Test
    void sessionIsNotLoadedUntilFetched() {
        Conn conn = plug.call(FakeConnAdapter.request("GET", "/").conn());

        assertThat(conn.privateData()).doesNotContainKey("plug_session");
    }

    @Test
    void sessionWrittenInOneRequestIsReadInTheNext() {
        String cookie = writeSession(Map.of("user_id", 42, "locale", "en"));

        Conn next = fetched(FakeConnAdapter.request("GET", "/"), cookie);

        assertThat(next.getSession()).containsOnly(entry("user_id", 42), entry("locale", "en"));
    }

    @Test
    void cookieIsASignedMessageWithTheConfiguredAttributes() {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");
        fetched(adapter, null).putSession("a", "b").sendResp(200, "");

        String cookie = sentCookie(adapter);
        assertThat(cookie).startsWith("SFMyNTY.");
        assertThat(MessageVerifier.verify(cookie, KeyGenerator.generate(SECRET, "signing salt")))
                .hasValueSatisfying(payload ->
                        assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"b\"}"));
        assertThat(adapter.sentHeader("set-cookie").get(0)).endsWith("; path=/; HttpOnly; SameSite=Lax");
    }

    @Test
    void cookieOptionsAreSent() {
        SessionPlug custom = new SessionPlug(
                SECRET,
                new SessionPlug.Options(KEY, "salt", Duration.ofDays(1), "/app", "example.com", true, false, "Strict"),
                json);
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");

        custom.call(adapter.conn()).fetchSession().putSession("a", 1).sendResp(200, "");

        assertThat(adapter.sentHeader("set-cookie").get(0))
                .contains("; path=/app; domain=example.com; expires=")
                .endsWith("; max-age=86400; secure; SameSite=Strict")
                .doesNotContain("HttpOnly");
    }

    @Test
    void untouchedSessionWritesNoCookie() {
        String cookie = writeSession(Map.of("a", 1));
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");

        Conn conn = fetched(adapter, cookie);
        assertThat(conn.<Integer>getSession("a")).isEqualTo(1);
        conn.sendResp(200, "");

        assertThat(adapter.sentHeader("set-cookie")).isEmpty();
    }

    @Test
    void tamperedCookieGivesAnEmptySession() {
        String cookie = writeSession(Map.of("user_id", 1));
        String[] parts = cookie.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"user_id\":2}".getBytes(StandardCharsets.UTF_8));

        Conn conn = fetched(FakeConnAdapter.request("GET", "/"), parts[0] + "." + forgedPayload + "." + parts[2]);

        assertThat(conn.getSession()).isEmpty();
    }

    @Test
    void cookieSignedWithAnotherSecretGivesAnEmptySession() {
        SessionPlug other = new SessionPlug("x".repeat(64), OPTIONS, json);
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");
        other.call(adapter.conn()).fetchSession().putSession("admin", true).sendResp(200, "");

        Conn conn = fetched(FakeConnAdapter.request("GET", "/"), sentCookie(adapter));

        assertThat(conn.getSession()).isEmpty();
    }

    @Test
    void garbageCookieGivesAnEmptySession() {
        for (String garbage : List.of("", "garbage", "SFMyNTY.e30.", "a.b.c", "%%%")) {
            Conn conn = fetched(FakeConnAdapter.request("GET", "/"), garbage);

            assertThat(conn.getSession()).as(garbage).isEmpty();
        }
    }

    @Test
    void signedCookieThatIsNotAJsonObjectGivesAnEmptySession() {
        byte[] key = KeyGenerator.generate(SECRET, "signing salt");
        for (String payload : List.of("not json", "[1,2]", "\"text\"")) {
            String cookie = MessageVerifier.sign(payload.getBytes(StandardCharsets.UTF_8), key);

            Conn conn = fetched(FakeConnAdapter.request("GET", "/"), cookie);

            assertThat(conn.getSession()).as(payload).isEmpty();
        }
    }

    @Test
    void dropDeletesTheClientsCookie() {
        String cookie = writeSession(Map.of("user_id", 1));
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");

        fetched(adapter, cookie).configureSession(SessionOption.DROP).sendResp(200, "");

        assertThat(adapter.sentHeader("set-cookie"))
                .singleElement()
                .asString()
                .startsWith(KEY + "=; path=/; expires=")
                .contains("; max-age=0");
    }

    @Test
    void dropWithoutAClientCookieWritesNothing() {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");

        fetched(adapter, null)
                .putSession("a", 1)
                .configureSession(SessionOption.DROP)
                .sendResp(200, "");

        assertThat(adapter.sentHeader("set-cookie")).isEmpty();
    }

    @Test
    void ignoreKeepsTheClientsCookie() {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");

        fetched(adapter, null)
                .configureSession(SessionOption.IGNORE)
                .putSession("a", 1)
                .sendResp(200, "");

        assertThat(adapter.sentHeader("set-cookie")).isEmpty();
    }

    @Test
    void clearedSessionIsWrittenEmpty() {
        String cookie = writeSession(Map.of("user_id", 1));
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");
        fetched(adapter, cookie).clearSession().sendResp(200, "");

        Conn next = fetched(FakeConnAdapter.request("GET", "/"), sentCookie(adapter));

        assertThat(next.getSession()).isEmpty();
    }

    @Test
    void secretShorterThan64BytesIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionPlug("s".repeat(63), OPTIONS, json))
                .withMessageContaining("at least 64 bytes")
                .withMessageContaining("got 63")
                .withMessageContaining("secret-key-base");
    }

    @Test
    void secretOf64BytesIsAccepted() {
        SessionPlug exact = new SessionPlug("s".repeat(64), OPTIONS, json);

        assertThat(exact.call(FakeConnAdapter.request("GET", "/").conn())
                        .fetchSession()
                        .getSession())
                .isEmpty();
    }
}
