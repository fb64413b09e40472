package io.phoenixspring.controller;

import static io.phoenixspring.controller.Controller.clearFlash;
import static io.phoenixspring.controller.Controller.fetchFlash;
import static io.phoenixspring.controller.Controller.getFlash;
import static io.phoenixspring.controller.Controller.mergeFlash;
import static io.phoenixspring.controller.Controller.putFlash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import io.phoenixspring.plug.SessionPlug;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FlashTests {

    private static final String KEY = "_flash_test_key";
    private static final SessionPlug SESSION = new SessionPlug(
            "f".repeat(64),
            new SessionPlug.Options(KEY, "salt", null, "/", null, false, true, "Lax"),
            JsonMapper.builder().build());

    private @Nullable String cookie;

    /** Runs a request through the session and flash plugs and {@code action}, keeping the session cookie. */
    private Conn request(UnaryOperator<Conn> action) {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/");
        if (cookie != null) {
            adapter.header("cookie", KEY + "=" + cookie);
        }
        Conn conn = fetchFlash().call(SESSION.call(adapter.conn()).fetchSession());
        conn = action.apply(conn);
        if (!conn.isSent()) {
            conn.sendResp(200, "ok");
        }
        for (String header : adapter.sentHeader("set-cookie")) {
            cookie = header.substring(KEY.length() + 1, header.indexOf(';'));
        }
        return conn;
    }

    private static Conn redirect(Conn conn) {
        return conn.putRespHeader("location", "/next").sendResp(302, "");
    }

    private Map<String, Object> flashOfNextRequest() {
        AtomicReference<Map<String, Object>> flash = new AtomicReference<>();
        request(conn -> {
            flash.set(getFlash(conn));
            return conn;
        });
        return flash.get();
    }

    @Test
    void flashPutBeforeARedirectIsShownOnceAfterIt() {
        request(conn -> redirect(putFlash(conn, "info", "Welcome Back!")));

        assertThat(flashOfNextRequest()).containsExactly(entry("info", "Welcome Back!"));
        assertThat(flashOfNextRequest()).isEmpty();
    }

    @Test
    void flashPutOnA200IsSeenInThatRequestOnly() {
        Conn conn = request(c -> {
            putFlash(c, "info", "saved");
            assertThat(getFlash(c)).containsExactly(entry("info", "saved"));
            assertThat(Controller.<String>getFlash(c, "info")).isEqualTo("saved");
            assertThat(Controller.<String>getFlash(c, "error")).isNull();
            return c;
        });

        assertThat(conn.getSession()).doesNotContainKey("phoenix_flash");
        assertThat(flashOfNextRequest()).isEmpty();
    }

    @Test
    void everyRedirectStatusFrom300To308KeepsTheFlash() {
        for (int status = 300; status <= 308; status++) {
            int code = status;
            cookie = null;
            request(conn -> putFlash(conn, "info", "x").sendResp(code, ""));

            assertThat(flashOfNextRequest()).as("status %d", status).containsOnlyKeys("info");
        }
    }

    @Test
    void otherStatusesDropTheFlash() {
        for (int status : new int[] {200, 299, 309, 404, 500}) {
            cookie = null;
            request(conn -> putFlash(conn, "info", "x").sendResp(status, ""));

            assertThat(flashOfNextRequest()).as("status %d", status).isEmpty();
        }
    }

    @Test
    void aChainOfRedirectsCarriesTheFlash() {
        request(conn -> redirect(putFlash(conn, "info", "created")));
        request(FlashTests::redirect);

        assertThat(flashOfNextRequest()).containsExactly(entry("info", "created"));
        assertThat(flashOfNextRequest()).isEmpty();
    }

    @Test
    void flashShownOnAnErrorPageIsGone() {
        request(conn -> redirect(putFlash(conn, "error", "oops")));
        request(conn -> conn.sendResp(500, "boom"));

        assertThat(flashOfNextRequest()).isEmpty();
    }

    @Test
    void requestsWithoutAFlashLeaveTheSessionAlone() {
        Conn conn = request(c -> c);

        assertThat(conn.sessionInfo()).isNull();
        assertThat(cookie).isNull();
    }

    @Test
    void mergeReplacesMessagesOfTheSameKeyAndClearRemovesAll() {
        request(conn -> {
            putFlash(conn, "info", "one");
            mergeFlash(conn, Map.of("info", "two", "error", "bad"));
            assertThat(getFlash(conn)).containsOnly(entry("info", "two"), entry("error", "bad"));
            clearFlash(conn);
            assertThat(getFlash(conn)).isEmpty();
            return redirect(conn);
        });

        assertThat(flashOfNextRequest()).isEmpty();
    }

    @Test
    void fetchingTwiceKeepsTheMessages() {
        request(conn -> {
            putFlash(conn, "info", "kept");
            fetchFlash(conn);
            assertThat(getFlash(conn)).containsExactly(entry("info", "kept"));
            return conn;
        });
    }

    @Test
    void flashMapIsReadOnly() {
        request(conn -> {
            Map<String, Object> flash = getFlash(putFlash(conn, "info", "x"));
            assertThatThrownBy(() -> flash.put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
            return conn;
        });
    }

    @Test
    void usingTheFlashBeforeFetchingItSaysToFetchIt() {
        Conn conn = SESSION.call(FakeConnAdapter.request("GET", "/").conn()).fetchSession();

        for (Runnable use : new Runnable[] {
            () -> getFlash(conn),
            () -> getFlash(conn, "info"),
            () -> putFlash(conn, "info", "x"),
            () -> mergeFlash(conn, Map.of("info", "x")),
            () -> clearFlash(conn)
        }) {
            assertThatIllegalStateException()
                    .isThrownBy(use::run)
                    .withMessageStartingWith("flash not fetched, call fetchFlash(conn) first")
                    .withMessageContaining("Controller.fetchFlash()");
        }
    }

    @Test
    void fetchingTheFlashWithoutASessionSaysToFetchTheSession() {
        Conn conn = SESSION.call(FakeConnAdapter.request("GET", "/").conn());

        assertThatIllegalStateException()
                .isThrownBy(() -> fetchFlash(conn))
                .withMessageContaining("fetchFlash needs a fetched session")
                .withMessageContaining("plug fetchSession before fetchFlash");
    }
}
