package io.phoenixspring.test;

import static io.phoenixspring.controller.Controller.json;
import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.router.RouterConfigurer;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A small application for testing the test helpers. */
@SpringBootApplication
public class ConnTestApplication {

    @Bean
    RouterConfigurer routes() {
        return router -> router.pipeline(
                        "browser",
                        p -> p.plug("fetchSession").plug("fetchFlash").plug("protectFromForgery"))
                .scope("/browser", s -> {
                    s.pipeThrough("browser");
                    s.get("/session", EchoController.class, "session");
                    s.post("/form", EchoController.class, "plain");
                })
                .scope("/", s -> {
                    s.get("/echo", EchoController.class, "echo");
                    s.post("/echo", EchoController.class, "echo");
                    s.get("/login", EchoController.class, "login");
                    s.get("/whoami", EchoController.class, "whoami");
                    s.get("/go", EchoController.class, "go");
                    s.get("/text", EchoController.class, "plain");
                    s.get("/go-user", EchoController.class, "goUser");
                    s.get("/users/:id", EchoController.class, "plain");
                });
    }

    /** Echoes what it got. */
    public static class EchoController {

        public Conn echo(Conn conn, Params params) {
            return json(
                    conn,
                    Map.of(
                            "method", conn.method(),
                            "params", params,
                            "headers", String.valueOf(conn.getReqHeader("x-test")),
                            "assigned", String.valueOf(conn.assigns().get("user"))));
        }

        public Conn login(Conn conn, Params params) {
            return text(conn.putRespCookie("user", "jose"), "logged in");
        }

        public Conn whoami(Conn conn, Params params) {
            return text(
                    conn,
                    "cookie=" + conn.reqCookies().get("user") + " x-test=" + conn.getReqHeader("x-test") + " accept="
                            + conn.getReqHeader("accept"));
        }

        public Conn go(Conn conn, Params params) {
            return conn.putRespHeader("location", "/there").sendResp(302, "");
        }

        public Conn session(Conn conn, Params params) {
            return text(conn, "user_id=" + conn.getSession("user_id") + " flash=" + Controller.getFlash(conn));
        }

        public Conn goUser(Conn conn, Params params) {
            return conn.putRespHeader("location", "/users/42?tab=posts").sendResp(302, "");
        }

        public Conn plain(Conn conn, Params params) {
            return text(conn, "plain");
        }
    }
}
