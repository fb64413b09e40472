package io.phoenixspring.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
import io.phoenixspring.plug.CsrfProtectionPlug;
import io.phoenixspring.plug.InvalidCsrfTokenException;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.plug.SessionPlug;
import io.phoenixspring.router.RouteOptions;
import io.phoenixspring.router.RouteTable;
import io.phoenixspring.router.RouterConfigurer;
import io.phoenixspring.router.RouterException;
import io.phoenixspring.router.RouterPlug;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BuiltinPlugsTests {

    private static final SessionPlug SESSION = new SessionPlug(
            "b".repeat(64),
            new SessionPlug.Options("_k", "salt", null, "/", null, false, true, "Lax"),
            JsonMapper.builder().build());

    private static Plug find(String name, Object options) {
        return BuiltinPlugs.find(name, options).orElseThrow();
    }

    private static Conn sessionConn(String method) {
        return SESSION.call(FakeConnAdapter.request(method, "/")
                .header("accept", "application/json")
                .conn());
    }

    @Test
    void unknownNameIsEmpty() {
        assertThat(BuiltinPlugs.find("fetchCookies", null)).isEmpty();
    }

    @Test
    void browserPipelinePlugsAreFoundByName() {
        Conn conn = sessionConn("GET");
        for (String name : List.of("fetchSession", "fetchFlash", "protectFromForgery", "putSecureBrowserHeaders")) {
            conn = find(name, null).call(conn);
        }

        assertThat(conn.getSession()).isEmpty();
        assertThat(Controller.getFlash(conn)).isEmpty();
        assertThat(Controller.getCsrfToken(conn)).hasSize(56);
        assertThat(conn.getRespHeader("x-frame-options")).containsExactly("SAMEORIGIN");
    }

    @Test
    void acceptsTakesAListAnArrayOrOneFormat() {
        for (Object options : List.of(List.of("html", "json"), new String[] {"html", "json"}, "json")) {
            Conn conn = find("accepts", options).call(sessionConn("GET"));

            assertThat(Controller.getFormat(conn)).isEqualTo("json");
        }
    }

    @Test
    void protectFromForgeryTakesAModeOptionsOrAMap() {
        for (Object options : List.of(
                CsrfProtectionPlug.Mode.CLEAR_SESSION,
                CsrfProtectionPlug.Options.with(CsrfProtectionPlug.Mode.CLEAR_SESSION),
                Map.of("with", "clear_session"),
                Map.of("with", "clear_session", "session_key", "_csrf_token"))) {
            Conn conn = sessionConn("POST").fetchSession().putSession("user_id", 1);

            find("protectFromForgery", options).call(conn);

            assertThat(conn.getSession()).as(String.valueOf(options)).isEmpty();
        }
        assertThatThrownBy(() -> find("protectFromForgery", Map.of("with", "exception"))
                        .call(sessionConn("POST").fetchSession()))
                .isInstanceOf(InvalidCsrfTokenException.class);
    }

    @Test
    void putSecureBrowserHeadersTakesExtraHeaders() {
        Conn conn = find("putSecureBrowserHeaders", Map.of("x-frame-options", "DENY"))
                .call(sessionConn("GET"));

        assertThat(conn.getRespHeader("x-frame-options")).containsExactly("DENY");
    }

    @Test
    void badOptionsSayWhatIsExpected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BuiltinPlugs.find("fetchFlash", "x"))
                .withMessageContaining("fetchFlash takes no options");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BuiltinPlugs.find("accepts", 42))
                .withMessageContaining("p.plug(\"accepts\", List.of(\"html\"))");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BuiltinPlugs.find("protectFromForgery", Map.of("with", "ignore")))
                .withMessageContaining("\"exception\" or \"clear_session\", got \"ignore\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BuiltinPlugs.find("putSecureBrowserHeaders", List.of("x")))
                .withMessageContaining("map of header names to values");
    }

    @Test
    void routerPipelinesResolveBuiltinsByName() {
        RouterConfigurer router = r -> {
            r.pipeline(
                    "browser",
                    p -> p.plug("accepts", List.of("html"))
                            .plug("fetchSession")
                            .plug("fetchFlash")
                            .plug("protectFromForgery")
                            .plug("putSecureBrowserHeaders"));
            r.scope("/", s -> {
                s.pipeThrough("browser");
                s.get("/", conn -> Controller.text(conn, "flash " + Controller.getFlash(conn)));
                s.match("POST", "/", conn -> Controller.text(conn, "posted"), RouteOptions.options());
            });
        };
        RouterPlug routes = new RouterPlug(
                RouteTable.compile(
                        List.of(router), type -> new Object(), getClass().getClassLoader()),
                false);

        Conn conn = routes.call(SESSION.call(FakeConnAdapter.request("GET", "/").conn()));

        assertThat(conn.respBodyString()).isEqualTo("flash {}");
        assertThat(Controller.getFormat(conn)).isEqualTo("html");
        assertThat(conn.getRespHeader("x-frame-options")).containsExactly("SAMEORIGIN");
        assertThatThrownBy(() -> routes.call(
                        SESSION.call(FakeConnAdapter.request("POST", "/").conn())))
                .isInstanceOf(InvalidCsrfTokenException.class);
    }

    @Test
    void unknownFunctionPlugNameSaysHowToFixIt() {
        RouterConfigurer router = r -> {
            r.pipeline("browser", p -> p.plug("fetchFlsh"));
            r.scope("/", s -> {
                s.pipeThrough("browser");
                s.get("/", conn -> conn);
            });
        };

        assertThatThrownBy(() -> RouteTable.compile(
                        List.of(router), type -> new Object(), getClass().getClassLoader()))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("plugs \"fetchFlsh\", which is neither a pipeline nor a public method")
                .hasMessageContaining("nor a built-in plug [accepts, fetchSession, fetchFlash")
                .hasMessageContaining("add the method or fix the name");
    }

    @Test
    void badBuiltinOptionsFailTheRouterCompilation() {
        RouterConfigurer router = r -> {
            r.pipeline("browser", p -> p.plug("accepts", 42));
            r.scope("/", s -> {
                s.pipeThrough("browser");
                s.get("/", conn -> conn);
            });
        };

        assertThatThrownBy(() -> RouteTable.compile(
                        List.of(router), type -> new Object(), getClass().getClassLoader()))
                .isInstanceOf(RouterException.class)
                .hasMessageContaining("pipeline \"browser\" plugs \"accepts\": accepts needs the formats");
    }
}
