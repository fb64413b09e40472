package io.phoenixspring.controller;

import static io.phoenixspring.controller.Controller.deleteCsrfToken;
import static io.phoenixspring.controller.Controller.getCsrfToken;
import static io.phoenixspring.controller.Controller.getFlash;
import static io.phoenixspring.controller.Controller.putFlash;
import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.conn.SessionOption;
import io.phoenixspring.endpoint.ErrorRenderer;
import io.phoenixspring.router.RouterConfigurer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application the browser pipeline integration tests run on a real Tomcat: a Phoenix-style browser pipeline whose
 * plugs are named, and an error renderer that shows the exception's message so tests can check Plug's wording.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class BrowserTestApplication {

    @Bean
    RouterConfigurer browserRouter() {
        return router -> {
            router.pipeline(
                    "browser",
                    p -> p.plug("accepts", List.of("html"))
                            .plug("fetchSession")
                            .plug("fetchFlash")
                            .plug("protectFromForgery")
                            .plug("putSecureBrowserHeaders"));
            router.pipeline(
                    "lenient",
                    p -> p.plug("fetchSession")
                            .plug("fetchFlash")
                            .plug("protectFromForgery", Map.of("with", "clear_session")));
            router.pipeline(
                    "skip",
                    p -> p.plug(conn -> conn.putPrivate("plug_skip_csrf_protection", true))
                            .plug("browser"));
            router.pipeline(
                    "custom",
                    p -> p.plug(
                            "putSecureBrowserHeaders",
                            Map.of("x-frame-options", "DENY", "content-security-policy", "default-src 'self'")));
            router.pipeline("bare", p -> p.plug("fetchSession"));
            router.scope("/", s -> {
                s.pipeThrough("browser");
                s.get("/form", BrowserController.class, "form");
                s.post("/form", BrowserController.class, "submit");
                s.put("/form", BrowserController.class, "submit");
                s.patch("/form", BrowserController.class, "submit");
                s.delete("/form", BrowserController.class, "submit");
                s.options("/form", BrowserController.class, "submit");
                s.post("/login", BrowserController.class, "login");
                s.post("/flash", BrowserController.class, "flashAndRedirect");
                s.get("/flash/hop", BrowserController.class, "hop");
                s.get("/flash/show", BrowserController.class, "showFlash");
                s.get("/flash/render", BrowserController.class, "flashAndRender");
                s.get("/app.js", BrowserController.class, "script");
                s.get("/session/put", BrowserController.class, "putSession");
                s.get("/session/get", BrowserController.class, "getSession");
                s.get("/session/renew", BrowserController.class, "renew");
                s.get("/session/drop", BrowserController.class, "drop");
            });
            router.scope("/lenient", s -> {
                s.pipeThrough("lenient");
                s.post("/form", BrowserController.class, "lenient");
            });
            router.scope("/skip", s -> {
                s.pipeThrough("skip");
                s.post("/form", BrowserController.class, "submit");
                s.get("/app.js", BrowserController.class, "script");
            });
            router.scope("/custom", s -> {
                s.pipeThrough("custom");
                s.get("/headers", BrowserController.class, "submit");
            });
            router.scope("/bare", s -> {
                s.pipeThrough("bare");
                s.get("/flash", BrowserController.class, "showFlash");
            });
        };
    }

    @Bean
    BrowserController browserController() {
        return new BrowserController();
    }

    /** Shows the status and the exception's message, so tests see which error it was. */
    @Bean
    ErrorRenderer messageErrorRenderer() {
        return (conn, status, error) -> conn.putRespContentType("text/plain")
                .sendResp(status, status + " " + error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    /** The controller of the tests. */
    public static class BrowserController {

        public Conn form(Conn conn, Params params) {
            String token = getCsrfToken(conn);
            return text(conn, token + " same=" + token.equals(getCsrfToken(conn)));
        }

        public Conn submit(Conn conn, Params params) {
            return text(conn, "ok " + conn.method());
        }

        public Conn login(Conn conn, Params params) {
            return text(deleteCsrfToken(conn).putSession("user", "jose"), "logged in");
        }

        public Conn flashAndRedirect(Conn conn, Params params) {
            String to = params.find("to").orElse("/flash/show");
            return redirect(putFlash(conn, "info", String.valueOf(params.getString("message"))), to);
        }

        public Conn hop(Conn conn, Params params) {
            return redirect(conn, "/flash/show");
        }

        public Conn showFlash(Conn conn, Params params) {
            return text(conn, "flash=" + new TreeMap<>(getFlash(conn)));
        }

        public Conn flashAndRender(Conn conn, Params params) {
            return showFlash(putFlash(conn, "info", "rendered"), params);
        }

        public Conn script(Conn conn, Params params) {
            return conn.putRespContentType("application/javascript").sendResp(200, "secret = 1;");
        }

        public Conn putSession(Conn conn, Params params) {
            return text(conn.putSession("user", String.valueOf(params.getString("value"))), "stored");
        }

        public Conn getSession(Conn conn, Params params) {
            Object user = conn.getSession("user");
            return text(conn, "user=" + (user == null ? "none" : user));
        }

        public Conn renew(Conn conn, Params params) {
            return text(conn.configureSession(SessionOption.RENEW), "renewed");
        }

        public Conn drop(Conn conn, Params params) {
            return text(conn.configureSession(SessionOption.DROP), "dropped");
        }

        public Conn lenient(Conn conn, Params params) {
            String seen = "session=" + new TreeMap<>(conn.getSession());
            return text(conn.putSession("user", "intruder"), seen);
        }

        private static Conn redirect(Conn conn, String to) {
            return conn.putRespHeader("location", to)
                    .putRespContentType("text/html")
                    .sendResp(302, "");
        }
    }
}
