package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CsrfProtectionPlugTests {

    private static final String KEY = "_csrf_test_key";
    private static final SessionPlug SESSION = new SessionPlug(
            "k".repeat(64),
            new SessionPlug.Options(KEY, "salt", null, "/", null, false, true, "Lax"),
            JsonMapper.builder().build());

    private final CsrfProtectionPlug csrf = new CsrfProtectionPlug();

    /** The session cookie the last response set, sent with the next request. */
    private @Nullable String cookie;

    /** Runs a request through session, CSRF protection and {@code action}, keeping the session cookie. */
    private FakeConnAdapter request(
            String method, Plug protection, UnaryOperator<FakeConnAdapter> setup, UnaryOperator<Conn> action) {
        FakeConnAdapter adapter = setup.apply(FakeConnAdapter.request(method, "/"));
        if (cookie != null) {
            adapter.header("cookie", KEY + "=" + cookie);
        }
        Conn conn = protection.call(SESSION.call(adapter.conn()).fetchSession());
        action.apply(conn).sendResp(200, "ok");
        for (String header : adapter.sentHeader("set-cookie")) {
            String value = header.substring(KEY.length() + 1, header.indexOf(';'));
            cookie = value.isEmpty() ? null : value;
        }
        return adapter;
    }

    private FakeConnAdapter request(String method, UnaryOperator<Conn> action) {
        return request(method, csrf, a -> a, action);
    }

    /** A GET that asks for a token, whose session cookie is kept; returns the token. */
    private String tokenFromAGet() {
        String[] token = new String[1];
        request("GET", conn -> {
            token[0] = CsrfProtectionPlug.getCsrfToken(conn);
            return conn;
        });
        return token[0];
    }

    private Conn post(String method, Map<String, Object> body, String... headers) {
        FakeConnAdapter adapter = FakeConnAdapter.request(method, "/");
        for (int i = 0; i < headers.length; i += 2) {
            adapter.header(headers[i], headers[i + 1]);
        }
        if (cookie != null) {
            adapter.header("cookie", KEY + "=" + cookie);
        }
        Conn conn = SESSION.call(adapter.conn()).fetchSession().putBodyParams(body);
        return csrf.call(conn);
    }

    @Test
    void maskedTokenIs56UrlSafeCharactersThatUnmaskToTheSessionToken() {
        String[] seen = new String[2];
        request("GET", conn -> {
            seen[0] = CsrfProtectionPlug.getCsrfToken(conn);
            return conn;
        });
        Conn next = SESSION.call(FakeConnAdapter.request("GET", "/")
                        .header("cookie", KEY + "=" + cookie)
                        .conn())
                .fetchSession();
        seen[1] = next.getSession("_csrf_token");

        assertThat(seen[0]).hasSize(56).matches("[A-Za-z0-9_-]{56}");
        assertThat(seen[1]).hasSize(24);
        byte[] masked = Base64.getUrlDecoder().decode(seen[0].substring(0, 32));
        byte[] mask = seen[0].substring(32).getBytes(StandardCharsets.US_ASCII);
        byte[] unmasked = new byte[24];
        for (int i = 0; i < 24; i++) {
            unmasked[i] = (byte) (masked[i] ^ mask[i]);
        }
        assertThat(new String(unmasked, StandardCharsets.US_ASCII)).isEqualTo(seen[1]);
    }

    @Test
    void tokenIsTheSameWithinARequestAndDiffersBetweenRequests() {
        String[] tokens = new String[3];
        request("GET", conn -> {
            tokens[0] = CsrfProtectionPlug.getCsrfToken(conn);
            tokens[1] = CsrfProtectionPlug.getCsrfToken(conn);
            return conn;
        });
        request("GET", conn -> {
            tokens[2] = CsrfProtectionPlug.getCsrfToken(conn);
            return conn;
        });

        assertThat(tokens[0]).isEqualTo(tokens[1]).isNotEqualTo(tokens[2]);
        assertThatCode(() -> post("POST", Map.of("_csrf_token", tokens[0]))).doesNotThrowAnyException();
        assertThatCode(() -> post("POST", Map.of("_csrf_token", tokens[2]))).doesNotThrowAnyException();
    }

    @Test
    void noTokenIsMadeUnlessAskedFor() {
        FakeConnAdapter adapter = request("GET", conn -> conn);

        assertThat(adapter.sentHeader("set-cookie")).isEmpty();
    }

    @Test
    void unchangedTokenIsNotWrittenAgain() {
        tokenFromAGet();

        FakeConnAdapter adapter = request("GET", conn -> {
            CsrfProtectionPlug.getCsrfToken(conn);
            return conn;
        });

        assertThat(adapter.sentHeader("set-cookie")).isEmpty();
    }

    @Test
    void postWithoutATokenIsRefusedWithPlugsMessage() {
        tokenFromAGet();

        assertThatThrownBy(() -> post("POST", Map.of()))
                .isInstanceOf(InvalidCsrfTokenException.class)
                .hasMessage("invalid CSRF (Cross Site Request Forgery) token, please make sure that:\n\n"
                        + "  * The session cookie is being sent and session is loaded\n"
                        + "  * The request include a valid '_csrf_token' param or 'x-csrf-token' header")
                .extracting(e -> ((InvalidCsrfTokenException) e).plugStatus())
                .isEqualTo(403);
    }

    @Test
    void tokenInTheBodyOrTheHeaderIsAccepted() {
        String token = tokenFromAGet();

        assertThat(post("POST", Map.of("_csrf_token", token)).isHalted()).isFalse();
        assertThat(post("POST", Map.of(), "x-csrf-token", token).isHalted()).isFalse();
    }

    @Test
    void onlyTheFirstHeaderCounts() {
        String token = tokenFromAGet();

        assertThatThrownBy(() -> post("POST", Map.of(), "x-csrf-token", "wrong", "x-csrf-token", token))
                .isInstanceOf(InvalidCsrfTokenException.class);
    }

    @Test
    void tokenInTheQueryStringIsIgnored() {
        String token = tokenFromAGet();
        FakeConnAdapter adapter = FakeConnAdapter.request("POST", "/?_csrf_token=" + token);
        adapter.header("cookie", KEY + "=" + cookie);
        Conn conn = SESSION.call(adapter.conn()).fetchSession().putBodyParams(Map.of());
        assertThat(conn.params().get("_csrf_token")).isEqualTo(token);

        assertThatThrownBy(() -> csrf.call(conn)).isInstanceOf(InvalidCsrfTokenException.class);
    }

    @Test
    void wrongForgedOrMalformedTokensAreRefused() {
        String token = tokenFromAGet();
        String otherMask = "A".repeat(24);
        List<Object> bad = List.of(
                "",
                "short",
                token.substring(0, 55),
                token + "x",
                token.substring(0, 32) + otherMask,
                "!".repeat(32) + token.substring(32),
                Base64.getUrlEncoder().encodeToString(new byte[24]) + "A".repeat(24),
                List.of(token),
                42);
        for (Object value : bad) {
            assertThatThrownBy(() -> post("POST", Map.of("_csrf_token", value)))
                    .as(String.valueOf(value))
                    .isInstanceOf(InvalidCsrfTokenException.class);
        }
    }

    @Test
    void tokenOfAnotherSessionIsRefused() {
        String token = tokenFromAGet();
        cookie = null;
        tokenFromAGet();

        assertThatThrownBy(() -> post("POST", Map.of("_csrf_token", token)))
                .isInstanceOf(InvalidCsrfTokenException.class);
    }

    @Test
    void getHeadAndOptionsAreNotChecked() {
        for (String method : List.of("GET", "HEAD", "OPTIONS")) {
            assertThatCode(() -> post(method, Map.of())).as(method).doesNotThrowAnyException();
        }
    }

    @Test
    void everyOtherMethodIsChecked() {
        String token = tokenFromAGet();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT", "PROPFIND")) {
            assertThatThrownBy(() -> post(method, Map.of())).as(method).isInstanceOf(InvalidCsrfTokenException.class);
            assertThatCode(() -> post(method, Map.of(), "x-csrf-token", token))
                    .as(method)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void deletedTokenStopsWorkingAfterTheResponse() {
        String token = tokenFromAGet();

        request("POST", csrf, a -> a.header("x-csrf-token", token), CsrfProtectionPlug::deleteCsrfToken);

        assertThatThrownBy(() -> post("POST", Map.of("_csrf_token", token)))
                .isInstanceOf(InvalidCsrfTokenException.class);
    }

    @Test
    void tokenAskedForAfterDeletingIsNewAndWorks() {
        String old = tokenFromAGet();
        String[] fresh = new String[1];

        request("POST", csrf, a -> a.header("x-csrf-token", old), conn -> {
            CsrfProtectionPlug.deleteCsrfToken(conn);
            fresh[0] = CsrfProtectionPlug.getCsrfToken(conn);
            return conn;
        });

        assertThatThrownBy(() -> post("POST", Map.of("_csrf_token", old)))
                .isInstanceOf(InvalidCsrfTokenException.class);
        assertThatCode(() -> post("POST", Map.of("_csrf_token", fresh[0]))).doesNotThrowAnyException();
    }

    @Test
    void clearSessionModeGoesOnWithAnEmptySessionAndWritesNoCookie() {
        tokenFromAGet();
        String before = cookie;
        CsrfProtectionPlug lenient =
                new CsrfProtectionPlug(CsrfProtectionPlug.Options.with(CsrfProtectionPlug.Mode.CLEAR_SESSION));
        java.util.concurrent.atomic.AtomicReference<Map<String, Object>> seen =
                new java.util.concurrent.atomic.AtomicReference<>();

        FakeConnAdapter adapter = request("POST", lenient, a -> a, conn -> {
            seen.set(Map.copyOf(conn.getSession()));
            CsrfProtectionPlug.getCsrfToken(conn);
            return conn.putSession("user_id", 1);
        });

        assertThat(seen.get()).isEmpty();
        assertThat(adapter.sentStatus()).isEqualTo(200);
        assertThat(adapter.sentHeader("set-cookie")).isEmpty();
        assertThat(cookie).isEqualTo(before);
    }

    @Test
    void clearSessionModeKeepsAValidRequestsSession() {
        String token = tokenFromAGet();
        CsrfProtectionPlug lenient =
                new CsrfProtectionPlug(CsrfProtectionPlug.Options.with(CsrfProtectionPlug.Mode.CLEAR_SESSION));
        java.util.concurrent.atomic.AtomicReference<Map<String, Object>> seen =
                new java.util.concurrent.atomic.AtomicReference<>();

        request("POST", lenient, a -> a.header("x-csrf-token", token), conn -> {
            seen.set(Map.copyOf(conn.getSession()));
            return conn;
        });

        assertThat(seen.get()).containsKey("_csrf_token");
    }

    @Test
    void customSessionKeyHoldsTheToken() {
        CsrfProtectionPlug custom =
                new CsrfProtectionPlug(new CsrfProtectionPlug.Options(CsrfProtectionPlug.Mode.EXCEPTION, "my_csrf"));
        String[] token = new String[1];
        request("GET", custom, a -> a, conn -> {
            token[0] = CsrfProtectionPlug.getCsrfToken(conn);
            return conn;
        });
        FakeConnAdapter adapter = FakeConnAdapter.request("POST", "/").header("cookie", KEY + "=" + cookie);
        Conn conn = SESSION.call(adapter.conn()).fetchSession();

        assertThat(conn.getSession()).containsOnlyKeys("my_csrf");
        assertThatCode(() -> custom.call(conn.putBodyParams(Map.of("_csrf_token", token[0]))))
                .doesNotThrowAnyException();
    }

    @Test
    void skipPrivateSkipsTheCheck() {
        FakeConnAdapter adapter = FakeConnAdapter.request("POST", "/");
        Conn conn = SESSION.call(adapter.conn()).fetchSession().putPrivate("plug_skip_csrf_protection", true);

        assertThatCode(() -> csrf.call(conn).sendResp(200, "")).doesNotThrowAnyException();
    }

    @Test
    void javascriptAnsweredToAPlainGetIsRefused() {
        for (String type : List.of("application/javascript", "text/javascript; charset=utf-8")) {
            assertThatThrownBy(() -> request("GET", conn -> conn.putRespHeader("content-type", type)))
                    .as(type)
                    .isInstanceOf(InvalidCrossOriginRequestException.class)
                    .hasMessage("security warning: an embedded <script> tag on another site requested protected"
                            + " JavaScript (if you know what you're doing, disable forgery protection for this route)")
                    .extracting(e -> ((InvalidCrossOriginRequestException) e).plugStatus())
                    .isEqualTo(403);
        }
    }

    @Test
    void javascriptAnsweredToXhrOrNonGetOrSkippedIsSent() {
        UnaryOperator<Conn> js = conn -> conn.putRespContentType("application/javascript");

        assertThat(request("GET", csrf, a -> a.header("x-requested-with", "XMLHttpRequest"), js)
                        .sentStatus())
                .isEqualTo(200);
        assertThat(request("GET", c -> js.apply(c.putPrivate("plug_skip_csrf_protection", true)))
                        .sentStatus())
                .isEqualTo(200);
        assertThat(request("GET", conn -> conn.putRespContentType("application/json"))
                        .sentStatus())
                .isEqualTo(200);
        String token = tokenFromAGet();
        assertThat(request("POST", csrf, a -> a.header("x-csrf-token", token), js)
                        .sentStatus())
                .isEqualTo(200);
    }

    @Test
    void sessionMustBeFetchedFirst() {
        Conn conn = SESSION.call(FakeConnAdapter.request("POST", "/").conn());

        assertThatIllegalStateException()
                .isThrownBy(() -> csrf.call(conn))
                .withMessageContaining("protectFromForgery needs a fetched session")
                .withMessageContaining("fetchSession");
        assertThatIllegalStateException()
                .isThrownBy(() -> CsrfProtectionPlug.getCsrfToken(conn))
                .withMessageContaining("getCsrfToken needs a fetched session");
    }

    @Test
    void tokenAskedForWithoutThePlugIsStillKeptInTheSession() {
        request("GET", conn -> conn);
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");
        Conn conn = SESSION.call(adapter.conn()).fetchSession();
        String token = CsrfProtectionPlug.getCsrfToken(conn);
        conn.sendResp(200, "");
        String header = adapter.sentHeader("set-cookie").get(0);
        cookie = header.substring(KEY.length() + 1, header.indexOf(';'));

        assertThatCode(() -> post("POST", Map.of("_csrf_token", token))).doesNotThrowAnyException();
    }
}
