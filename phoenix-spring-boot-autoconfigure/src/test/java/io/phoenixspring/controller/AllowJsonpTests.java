package io.phoenixspring.controller;

import static io.phoenixspring.controller.Controller.allowJsonp;
import static io.phoenixspring.controller.Controller.html;
import static io.phoenixspring.controller.Controller.json;
import static io.phoenixspring.controller.Controller.putStatus;
import static io.phoenixspring.controller.ControllerFixtures.conn;
import static io.phoenixspring.controller.ControllerFixtures.get;
import static io.phoenixspring.controller.ControllerFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phoenixspring.conn.Conn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code allow_jsonp/2} (seed-D 4.10, 7.5, 7.7). */
class AllowJsonpTests {

    @Test
    void jsonIsWrappedInACallOfTheCallback() {
        Conn conn = json(allowJsonp().call(get("/api/x?callback=cb")), Map.of("a", 1));

        assertThat(sent(conn).sentBodyString()).isEqualTo("/**/ typeof cb === 'function' && cb({\"a\":1});");
        assertThat(sent(conn).sentHeader("content-type")).containsExactly("application/javascript");
        assertThat(sent(conn).sentStatus()).isEqualTo(200);
    }

    @Test
    void statusIsKept() {
        Conn conn = json(putStatus(allowJsonp().call(get("/?callback=cb")), 404), Map.of());

        assertThat(sent(conn).sentStatus()).isEqualTo(404);
        assertThat(sent(conn).sentBodyString()).isEqualTo("/**/ typeof cb === 'function' && cb({});");
    }

    @Test
    void callbackParamNameCanBeChanged() {
        Conn conn = json(allowJsonp("cb").call(get("/?cb=handle_1&callback=ignored")), Map.of("a", 1));

        assertThat(sent(conn).sentBodyString())
                .isEqualTo("/**/ typeof handle_1 === 'function' && handle_1({\"a\":1});");
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        Conn conn = json(allowJsonp().call(get("/?callback=cb")), Map.of("s", "a\u2028b\u2029c"));

        assertThat(sent(conn).sentBodyString())
                .isEqualTo("/**/ typeof cb === 'function' && cb({\"s\":\"a\\u2028b\\u2029c\"});")
                .doesNotContain("\u2028", "\u2029");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/x", "/api/x?callback=", "/api/x?other=cb"})
    void noCallbackOrAnEmptyOneLeavesJsonAlone(String target) {
        Conn conn = json(allowJsonp().call(get(target)), Map.of("a", 1));

        assertThat(sent(conn).sentBodyString()).isEqualTo("{\"a\":1}");
        assertThat(sent(conn).sentHeader("content-type")).containsExactly("application/json; charset=utf-8");
    }

    @Test
    void otherResponsesAreLeftAlone() {
        Conn page = html(allowJsonp().call(get("/?callback=cb")), "<p>hi</p>");
        Conn jsonSeq = json(
                allowJsonp().call(get("/?callback=cb")).putRespHeader("content-type", "application/json-seq"),
                Map.of());

        assertThat(sent(page).sentBodyString()).isEqualTo("<p>hi</p>");
        assertThat(sent(page).sentHeader("content-type")).containsExactly("text/html; charset=utf-8");
        assertThat(sent(jsonSeq).sentBodyString()).isEqualTo("{}");
    }

    @Test
    void plainApplicationJsonIsWrappedToo() {
        Conn conn = allowJsonp()
                .call(get("/?callback=cb"))
                .putRespContentType("application/json", null)
                .sendResp(200, "[1]");

        assertThat(sent(conn).sentBodyString()).isEqualTo("/**/ typeof cb === 'function' && cb([1]);");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a.b",
                "%3Cscript%3E",
                "%24",
                "a%5B0%5D",
                "caf%C3%A9",
                "a+b",
                "alert(1)",
                "a-b",
                "%E2%80%A8",
                "x%00"
            })
    void invalidCallbackNameIsRefusedWhenThePlugRunsAndNeverEchoed(String name) {
        Conn conn = get("/?callback=" + name);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> allowJsonp().call(conn))
                .withMessageStartingWith("the JSONP callback name contains invalid characters")
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain(conn.queryParams().getString("callback")));
        assertThat(sent(conn).events()).isEmpty();
    }

    @Test
    void callbackWithoutValueOrAsAListIsInvalid() {
        assertThatIllegalArgumentException().isThrownBy(() -> allowJsonp().call(get("/?callback")));
        assertThatIllegalArgumentException().isThrownBy(() -> allowJsonp().call(get("/?callback[]=cb")));
    }

    @Test
    void onlyTheQueryStringIsRead() {
        Conn conn = conn("POST", "/api/x").putBodyParams(Map.of("callback", "cb"));

        Conn sentConn = json(allowJsonp().call(conn), Map.of("a", 1));

        assertThat(sent(sentConn).sentBodyString()).isEqualTo("{\"a\":1}");
    }

    @Test
    void digitsUnderscoresAndCapitalsAreValid() {
        Conn conn = json(allowJsonp().call(get("/?callback=_Jq123_x")), 1);

        assertThat(sent(conn).sentBodyString()).isEqualTo("/**/ typeof _Jq123_x === 'function' && _Jq123_x(1);");
    }
}
