package io.phoenixspring.controller;

import static io.phoenixspring.controller.Controller.putStatus;
import static io.phoenixspring.controller.Controller.redirect;
import static io.phoenixspring.controller.Controller.redirectExternal;
import static io.phoenixspring.controller.ControllerFixtures.get;
import static io.phoenixspring.controller.ControllerFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phoenixspring.conn.Conn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code redirect/2}: local paths only, Phoenix's messages, and the response it sends (seed-D 4.22, 7.1, 7.2). */
class RedirectTests {

    @Test
    void redirectsToALocalPathWith302TheLocationAndTheExactBody() {
        Conn conn = redirect(get("/"), "/login");

        assertThat(conn.isSent()).isTrue();
        assertThat(sent(conn).sentStatus()).isEqualTo(302);
        assertThat(sent(conn).sentHeader("location")).containsExactly("/login");
        assertThat(sent(conn).sentHeader("content-type")).containsExactly("text/html; charset=utf-8");
        assertThat(sent(conn).sentBodyString())
                .isEqualTo("<html><body>You are being <a href=\"/login\">redirected</a>.</body></html>");
    }

    @Test
    void statusSetBeforeIsUsedEvenWhenItIsNoRedirectStatus() {
        assertThat(sent(redirect(putStatus(get("/"), 301), "/a")).sentStatus()).isEqualTo(301);
        Conn stray = redirect(putStatus(get("/"), 404), "/a");
        assertThat(sent(stray).sentStatus()).isEqualTo(404);
        assertThat(sent(stray).sentHeader("location")).containsExactly("/a");
    }

    @Test
    void contentTypeSetBeforeIsKept() {
        Conn conn = redirect(get("/").putRespHeader("content-type", "text/plain"), "/a");

        assertThat(sent(conn).sentHeader("content-type")).containsExactly("text/plain");
    }

    @Test
    void pathWithQueryAndFragmentIsLocal() {
        Conn conn = redirect(get("/"), "/search?q=a&b=<c>#top");

        assertThat(sent(conn).sentHeader("location")).containsExactly("/search?q=a&b=<c>#top");
        assertThat(sent(conn).sentBodyString()).contains("href=\"/search?q=a&amp;b=&lt;c&gt;#top\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.com",
                "//evil.com/path",
                "http://evil.com",
                "https://evil.com",
                "evil",
                "evil.com",
                "",
                " /login",
                "%2F%2Fevil.com",
                "javascript:alert(1)",
                "\\\\evil.com",
                "///evil.com"
            })
    void notALocalPathIsRefusedWithPhoenixsMessage(String to) {
        Conn conn = get("/");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> redirect(conn, to))
                .withMessageStartingWith(
                        "the to option in redirect expects a path but was \"" + to.replace("\\", "\\\\") + "\"")
                .withMessageContaining("redirectExternal");
        assertThat(sent(conn).events()).isEmpty();
        assertThat(conn.getRespHeader("location")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/\\evil.com", "/path\\to", "/\t/evil.com", "/%09/evil.com", "/a/%09/evil.com"})
    void unsafeCharactersInALocalPathAreRefused(String to) {
        Conn conn = get("/");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> redirect(conn, to))
                .withMessageStartingWith("unsafe characters detected for local redirect in URL \""
                        + to.replace("\\", "\\\\").replace("\t", "\\t") + "\"");
        assertThat(sent(conn).events()).isEmpty();
    }

    @Test
    void backslashMessageQuotesItAsElixirInspectDoes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> redirect(get("/"), "/\\evil.com"))
                .withMessageStartingWith("unsafe characters detected for local redirect in URL \"/\\\\evil.com\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ok\r\nset-cookie: session=stolen", "/ok\nx: y", "/ok\r"})
    void lineBreaksCannotInjectHeaders(String to) {
        Conn conn = get("/");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> redirect(conn, to))
                .withMessageStartingWith("unsafe characters detected for local redirect in URL")
                .withMessageNotContaining("\n")
                .withMessageNotContaining("\r");
        assertThat(sent(conn).events()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%2F%2Fevil.com", "/%5Cevil.com", "/%2F/evil.com"})
    void encodedSlashesAndBackslashesStayOnThisSiteAndAreSentAsGiven(String to) {
        Conn conn = redirect(get("/"), to);

        assertThat(sent(conn).sentHeader("location")).containsExactly(to);
    }

    @Test
    void externalUrlIsNotCheckedButItsHrefIsEscapedAndItsLocationRaw() {
        Conn conn = redirectExternal(get("/"), "https://x.test/?a=<b>&c='d'\"");

        assertThat(sent(conn).sentStatus()).isEqualTo(302);
        assertThat(sent(conn).sentHeader("location")).containsExactly("https://x.test/?a=<b>&c='d'\"");
        assertThat(sent(conn).sentBodyString())
                .isEqualTo("<html><body>You are being <a href=\"https://x.test/?a=&lt;b&gt;&amp;c=&#39;d&#39;&quot;\">"
                        + "redirected</a>.</body></html>");
    }

    @Test
    void externalUrlWithLineBreaksIsRefused() {
        Conn conn = get("/");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> redirectExternal(conn, "https://x.test/\r\nset-cookie: a=b"))
                .withMessageStartingWith(
                        "unsafe characters detected for external redirect in URL \"https://x.test/\\r\\nset-cookie");
        assertThat(sent(conn).events()).isEmpty();
    }

    @Test
    void redirectDoesNotHalt() {
        assertThat(redirect(get("/"), "/a").isHalted()).isFalse();
    }
}
