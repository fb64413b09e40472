package io.phoenixspring.conn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnTests {

    private final FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/hello/world?x=1");
    private final Conn conn = adapter.conn();

    // ---------------------------------------------------------------- request

    @Test
    void requestDataComesFromTheAdapter() {
        assertThat(conn.method()).isEqualTo("GET");
        assertThat(conn.originalMethod()).isEqualTo("GET");
        assertThat(conn.host()).isEqualTo("www.example.com");
        assertThat(conn.scheme()).isEqualTo("http");
        assertThat(conn.port()).isEqualTo(80);
        assertThat(conn.requestPath()).isEqualTo("/hello/world");
        assertThat(conn.pathInfo()).containsExactly("hello", "world");
        assertThat(conn.scriptName()).isEmpty();
        assertThat(conn.queryString()).isEqualTo("x=1");
    }

    @Test
    void putMethodChangesTheMethodButNotTheOriginal() {
        conn.putMethod("DELETE");

        assertThat(conn.method()).isEqualTo("DELETE");
        assertThat(conn.originalMethod()).isEqualTo("GET");
    }

    @Test
    void requestHeadersAreReadByLowerCaseName() {
        Conn withHeaders = FakeConnAdapter.request("GET", "/")
                .header("Accept", "text/html")
                .header("x-multi", "1")
                .header("x-multi", "2")
                .conn();

        assertThat(withHeaders.firstReqHeader("accept")).isEqualTo("text/html");
        assertThat(withHeaders.getReqHeader("x-multi")).containsExactly("1", "2");
        assertThat(withHeaders.firstReqHeader("missing")).isNull();

        withHeaders.putReqHeader("x-multi", "3");

        assertThat(withHeaders.getReqHeader("x-multi")).containsExactly("3");
    }

    @Test
    void requestCookiesAreDecodedFromEveryCookieHeader() {
        Conn withCookies = FakeConnAdapter.request("GET", "/")
                .header("cookie", "a=1; b=two ;  c=x=y")
                .header("cookie", "a=ignored; d=4; =nameless; novalue")
                .conn();

        assertThat(withCookies.reqCookies())
                .containsExactly(entry("a", "1"), entry("b", "two"), entry("c", "x=y"), entry("d", "4"));
    }

    @Test
    void cookiesPutResponseCookiesOverRequestCookies() {
        Conn withCookies =
                FakeConnAdapter.request("GET", "/").header("cookie", "a=1; b=2").conn();

        withCookies.putRespCookie("a", "new").putRespCookie("c", "3").deleteRespCookie("b");

        assertThat(withCookies.cookies()).containsOnly(entry("a", "new"), entry("c", "3"));
        assertThat(withCookies.reqCookies()).containsOnly(entry("a", "1"), entry("b", "2"));
    }

    @Test
    void requestCookiesAreReparsedWhenTheCookieHeaderChanges() {
        Conn withCookies =
                FakeConnAdapter.request("GET", "/").header("cookie", "a=1").conn();
        assertThat(withCookies.reqCookies()).containsOnly(entry("a", "1"));

        withCookies.putReqHeader("cookie", "b=2");

        assertThat(withCookies.reqCookies()).containsOnly(entry("b", "2"));
    }

    // ---------------------------------------------------------------- params

    @Test
    void paramsMergeQueryThenBodyThenPath() {
        Conn c = FakeConnAdapter.request("POST", "/users/1?id=query&q=1&shared=query")
                .conn();

        c.putBodyParams(Map.of("id", "body", "b", "2", "shared", "body"));
        c.putPathParams(Map.of("id", "path"));

        assertThat(c.params())
                .containsOnly(entry("id", "path"), entry("q", "1"), entry("shared", "body"), entry("b", "2"));
        assertThat(c.queryParams()).containsEntry("id", "query");
        assertThat(c.bodyParams()).containsEntry("id", "body");
        assertThat(c.pathParams()).containsOnly(entry("id", "path"));
    }

    @Test
    void paramsAreRecomputedWhenBodyOrPathParamsChange() {
        assertThat(conn.params()).containsOnly(entry("x", "1"));
        assertThat(conn.bodyParamsFetched()).isFalse();

        conn.putBodyParams(Map.of("x", "2"));
        assertThat(conn.bodyParamsFetched()).isTrue();
        assertThat(conn.params()).containsOnly(entry("x", "2"));

        conn.putPathParams(Map.of("x", "3"));
        assertThat(conn.params()).containsOnly(entry("x", "3"));
    }

    @Test
    void bodyIsReadOnceAndKept() {
        FakeConnAdapter post = FakeConnAdapter.request("POST", "/").body("hello");
        Conn c = post.conn();

        assertThat(c.rawBody()).isNull();
        assertThat(c.readBody(100)).asString(StandardCharsets.UTF_8).isEqualTo("hello");
        assertThat(c.readBody(100)).asString(StandardCharsets.UTF_8).isEqualTo("hello");
        assertThat(post.bodyReads()).isEqualTo(1);
        assertThatThrownBy(() -> c.readBody(3))
                .isInstanceOf(RequestTooLargeException.class)
                .extracting(e -> ((ConnException) e).plugStatus())
                .isEqualTo(413);
    }

    // ---------------------------------------------------------------- assigns, private, halt

    @Test
    void assignsAreStoredForLaterPlugs() {
        conn.assign("user", "jane").merge(Map.of("locale", "en"));

        assertThat(conn.assigns()).containsOnly(entry("user", "jane"), entry("locale", "en"));
        assertThat(conn.<String>getAssign("user")).isEqualTo("jane");
        assertThat(conn.<Object>getAssign("missing")).isNull();
        assertThatThrownBy(() -> conn.assigns().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void privateDataIsKeptApartFromAssigns() {
        conn.putPrivate("phoenix_layout", "app");

        assertThat(conn.<String>getPrivate("phoenix_layout")).isEqualTo("app");
        assertThat(conn.privateData()).containsEntry("phoenix_layout", "app");
        assertThat(conn.assigns()).doesNotContainKey("phoenix_layout");
    }

    @Test
    void haltMarksTheConnHalted() {
        assertThat(conn.isHalted()).isFalse();

        assertThat(conn.halt()).isSameAs(conn);
        assertThat(conn.isHalted()).isTrue();
    }

    // ---------------------------------------------------------------- response state

    @Test
    void newConnIsUnsetWithTheDefaultCacheControl() {
        assertThat(conn.state()).isEqualTo(ConnState.UNSET);
        assertThat(conn.status()).isNull();
        assertThat(conn.isSent()).isFalse();
        assertThat(conn.getRespHeader("cache-control")).containsExactly("max-age=0, private, must-revalidate");
    }

    @Test
    void respSetsTheResponseWithoutSendingIt() {
        conn.resp(201, "created");

        assertThat(conn.state()).isEqualTo(ConnState.SET);
        assertThat(conn.status()).isEqualTo(201);
        assertThat(conn.respBodyString()).isEqualTo("created");
        assertThat(adapter.events()).isEmpty();
    }

    @Test
    void sendRespSendsTheResponseOnce() {
        conn.putRespHeader("x-a", "1").resp(200, "ok").sendResp();

        assertThat(conn.state()).isEqualTo(ConnState.SENT);
        assertThat(conn.isSent()).isTrue();
        assertThat(adapter.events()).containsExactly("sendResp");
        assertThat(adapter.sentStatus()).isEqualTo(200);
        assertThat(adapter.sentBodyString()).isEqualTo("ok");
        assertThat(adapter.sentHeaders())
                .containsExactly(
                        new Header("cache-control", "max-age=0, private, must-revalidate"), new Header("x-a", "1"));
    }

    @Test
    void sendingAnUnsetResponseIsAnError() {
        assertThatIllegalStateException()
                .isThrownBy(conn::sendResp)
                .withMessageContaining("cannot send a response that was not set")
                .withMessageContaining("resp(status, body)");
        assertThat(adapter.events()).isEmpty();
    }

    @Test
    void sendChunkedStartsAChunkedResponse() {
        conn.sendChunked(200).chunk("a").chunk("b".getBytes(StandardCharsets.UTF_8));

        assertThat(conn.state()).isEqualTo(ConnState.CHUNKED);
        assertThat(conn.isSent()).isTrue();
        assertThat(adapter.events()).containsExactly("sendChunked", "chunk", "chunk");
        assertThat(adapter.sentBodyString()).isEqualTo("ab");
    }

    @Test
    void chunkBeforeSendChunkedIsAnError() {
        assertThatIllegalStateException()
                .isThrownBy(() -> conn.chunk("a"))
                .withMessageContaining("sendChunked(status)");
    }

    @Test
    void sendFileSendsTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "0123456789");

        conn.sendFile(200, file, 2, 3);

        assertThat(conn.state()).isEqualTo(ConnState.SENT);
        assertThat(adapter.events()).containsExactly("sendFile");
        assertThat(adapter.sentBodyString()).isEqualTo("234");
    }

    @Test
    void everyChangeAfterSendingIsAnAlreadySentError() {
        conn.sendResp(200, "ok");

        List<Consumer<Conn>> changes = List.of(
                c -> c.putStatus(500),
                c -> c.resp(500, "again"),
                c -> c.sendResp(500, "again"),
                Conn::sendResp,
                c -> c.sendChunked(200),
                c -> c.sendFile(200, Path.of("missing")),
                c -> c.putRespHeader("x-late", "1"),
                c -> c.deleteRespHeader("cache-control"),
                c -> c.prependRespHeaders(List.of(new Header("x-late", "1"))),
                c -> c.putRespContentType("text/plain"),
                c -> c.putRespCookie("a", "1"),
                c -> c.deleteRespCookie("a"),
                c -> c.registerBeforeSend(x -> x),
                Conn::markUpgraded);
        for (Consumer<Conn> change : changes) {
            assertThatThrownBy(() -> change.accept(conn))
                    .isInstanceOf(AlreadySentException.class)
                    .hasMessageContaining("already sent");
        }
        assertThat(adapter.events()).containsExactly("sendResp");
        assertThat(conn.status()).isEqualTo(200);
    }

    @Test
    void changesAfterChunkingAreAlreadySentErrors() {
        conn.sendChunked(200);

        assertThatThrownBy(() -> conn.putRespHeader("x-late", "1")).isInstanceOf(AlreadySentException.class);
        assertThatThrownBy(() -> conn.sendResp(200, "x")).isInstanceOf(AlreadySentException.class);
    }

    // ---------------------------------------------------------------- before send

    @Test
    void beforeSendCallbacksRunInReverseOrderBeforeTheAdapterSeesHeaders() {
        List<String> calls = new ArrayList<>();
        conn.registerBeforeSend(c -> {
                    calls.add("first");
                    return c.putRespHeader("x-order", c.getRespHeader("x-order") + "first");
                })
                .registerBeforeSend(c -> {
                    calls.add("second");
                    return c.putRespHeader("x-order", "second");
                });

        conn.sendResp(200, "ok");

        assertThat(calls).containsExactly("second", "first");
        assertThat(adapter.sentHeader("x-order")).containsExactly("[second]first");
    }

    @Test
    void beforeSendCallbacksRunExactlyOnce() {
        int[] runs = {0};
        conn.registerBeforeSend(c -> {
            runs[0]++;
            return c;
        });

        conn.sendChunked(200).chunk("a").chunk("b");

        assertThat(runs[0]).isEqualTo(1);
    }

    @Test
    void beforeSendCallbacksRunForFilesToo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "x");
        conn.registerBeforeSend(c -> c.putRespHeader("x-before", "1"));

        conn.sendFile(200, file);

        assertThat(adapter.sentHeader("x-before")).containsExactly("1");
    }

    // ---------------------------------------------------------------- headers

    @Test
    void putRespHeaderReplacesEveryValueOfTheName() {
        conn.prependRespHeaders(List.of(new Header("x-a", "1"), new Header("x-a", "2")));

        conn.putRespHeader("x-a", "3");

        assertThat(conn.getRespHeader("x-a")).containsExactly("3");
    }

    @Test
    void putRespHeaderReplacesTheDefaultCacheControl() {
        conn.putRespHeader("cache-control", "no-store");

        assertThat(conn.getRespHeader("cache-control")).containsExactly("no-store");
    }

    @Test
    void deleteRespHeaderRemovesIt() {
        conn.deleteRespHeader("cache-control");

        assertThat(conn.respHeaders()).isEmpty();
    }

    @Test
    void mergeRespHeadersSetsEachOne() {
        conn.mergeRespHeaders(Map.of("x-a", "1", "cache-control", "no-cache"));

        assertThat(conn.getRespHeader("x-a")).containsExactly("1");
        assertThat(conn.getRespHeader("cache-control")).containsExactly("no-cache");
    }

    @Test
    void upperCaseHeaderNamesAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> conn.putRespHeader("Content-Type", "text/plain"))
                .withMessageContaining("header names must be lower case")
                .withMessageContaining("\"content-type\"");
        assertThat(conn.getRespHeader("content-type")).isEmpty();
    }

    @Test
    void headerValuesWithCarriageReturnOrNewlineAreRejected() {
        for (String value : List.of("a\r\nset-cookie: evil=1", "a\nb", "a\rb")) {
            assertThatIllegalArgumentException()
                    .as(value)
                    .isThrownBy(() -> conn.putRespHeader("x-a", value))
                    .withMessageContaining("x-a");
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> conn.prependRespHeaders(List.of(new Header("x-a", "1\r\n"))));
        assertThat(conn.getRespHeader("x-a")).isEmpty();
    }

    @Test
    void headerNamesWithCarriageReturnNewlineOrColonAreRejected() {
        for (String name : List.of("x-a\r\nset-cookie", "x-a\nb", "x-a: b", "x-a\0")) {
            assertThatIllegalArgumentException().as(name).isThrownBy(() -> conn.putRespHeader(name, "1"));
        }
        assertThat(conn.respHeaders()).hasSize(1);
    }

    @Test
    void putRespContentTypeAddsTheUtf8Charset() {
        conn.putRespContentType("text/html");
        assertThat(conn.getRespHeader("content-type")).containsExactly("text/html; charset=utf-8");

        conn.putRespContentType("image/png", null);
        assertThat(conn.getRespHeader("content-type")).containsExactly("image/png");
    }

    // ---------------------------------------------------------------- response cookies

    @Test
    void responseCookiesAreSentAsSetCookieHeaders() {
        conn.putRespCookie("a", "1")
                .putRespCookie(
                        "b",
                        RespCookie.of("2")
                                .withPath("/admin")
                                .withDomain("example.com")
                                .withSecure(true)
                                .withSameSite("Lax"))
                .putRespCookie("c", RespCookie.of("3").withHttpOnly(false))
                .sendResp(200, "");

        assertThat(adapter.sentHeader("set-cookie"))
                .containsExactly(
                        "a=1; path=/; HttpOnly",
                        "b=2; path=/admin; domain=example.com; secure; HttpOnly; SameSite=Lax",
                        "c=3; path=/");
        assertThat(conn.respHeaders()).noneMatch(h -> h.name().equals("set-cookie"));
    }

    @Test
    void cookieWithMaxAgeAlsoGetsAnExpiry() {
        conn.putRespCookie("a", RespCookie.of("1").withMaxAge(Duration.ofHours(1)))
                .sendResp(200, "");

        assertThat(adapter.sentHeader("set-cookie"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("a=1; path=/; expires=")
                .matches(".*expires=\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT; max-age=3600; HttpOnly");
    }

    @Test
    void deleteRespCookieSendsMaxAgeZero() {
        conn.deleteRespCookie("a").sendResp(200, "");

        assertThat(adapter.sentHeader("set-cookie"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("a=; path=/; expires=")
                .contains("; max-age=0")
                .endsWith("; HttpOnly");
    }

    // ---------------------------------------------------------------- session

    @Test
    void sessionApiBeforeFetchSessionSaysTheSessionIsNotFetched() {
        List<Consumer<Conn>> uses = List.of(
                Conn::getSession,
                c -> c.getSession("user_id"),
                c -> c.putSession("user_id", 1),
                c -> c.deleteSession("user_id"),
                Conn::clearSession,
                c -> c.configureSession(SessionOption.RENEW));
        for (Consumer<Conn> use : uses) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> use.accept(conn))
                    .withMessageContaining("session not fetched")
                    .withMessageContaining("fetchSession()");
        }
    }

    @Test
    void fetchSessionWithoutASessionPlugIsAnError() {
        assertThatIllegalStateException()
                .isThrownBy(conn::fetchSession)
                .withMessageContaining("without a configured session plug");
    }

    @Test
    void fetchedSessionIsReadAndWritten() {
        int[] fetches = {0};
        conn.putSessionFetcher(c -> {
            fetches[0]++;
            return c.putLoadedSession(Map.of("user_id", 1));
        });

        conn.fetchSession().fetchSession();

        assertThat(fetches[0]).isEqualTo(1);
        assertThat(conn.getSession()).containsOnly(entry("user_id", 1));
        assertThat(conn.sessionInfo()).isNull();

        conn.putSession("locale", "en").deleteSession("user_id");

        assertThat(conn.getSession()).containsOnly(entry("locale", "en"));
        assertThat(conn.<String>getSession("locale")).isEqualTo("en");
        assertThat(conn.sessionInfo()).isEqualTo(SessionOption.WRITE);

        conn.configureSession(SessionOption.DROP).clearSession();

        assertThat(conn.getSession()).isEmpty();
        assertThat(conn.sessionInfo()).isEqualTo(SessionOption.DROP);
    }
}
