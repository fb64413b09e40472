package io.phoenixspring.endpoint;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.ConnException;
import io.phoenixspring.conn.MissingParamException;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.router.RouterConfigurer;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application of the error rendering tests: HTML routes, JSON routes, actions failing with each kind of status,
 * an {@link ErrorView} with one render clause, and its own error templates under {@code error-pages/templates/}
 * (set as the Thymeleaf prefix by the tests), so other tests sharing the test resources see none of them.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class ErrorPagesTestApplication {

    @Bean
    RouterConfigurer errorPagesRouter() {
        return router -> {
            router.pipeline("browser", p -> p.plug(Controller.accepts("html")));
            router.pipeline("api", p -> p.plug(Controller.accepts("json")));
            router.scope("/", s -> {
                s.pipeThrough("browser");
                failingRoutes(s);
            });
            router.scope("/api", s -> {
                s.pipeThrough("api");
                failingRoutes(s);
            });
            router.get("/plain/ok", FailingController.class, "ok");
            router.get("/plain/boom", FailingController.class, "boom");
        };
    }

    private static void failingRoutes(io.phoenixspring.router.Scope s) {
        s.get("/ok", FailingController.class, "ok");
        s.post("/ok", FailingController.class, "ok");
        s.get("/boom", FailingController.class, "boom");
        s.get("/forbidden", FailingController.class, "forbidden");
        s.get("/missing", FailingController.class, "missing");
        s.get("/invalid", FailingController.class, "invalid");
    }

    @Bean
    FailingController failingController() {
        return new FailingController();
    }

    /** The application's error view: one render clause, for JSON 404s; everything else falls back. */
    @Bean
    ErrorView errorView() {
        return (template, assigns) -> template.equals("404.json")
                ? Map.of("errors", Map.of("detail", "Page Not Found: " + ((Conn) assigns.get("conn")).requestPath()))
                : null;
    }

    /** Actions that fail in each way the endpoint renders. */
    public static class FailingController {

        public Conn ok(Conn conn, Params params) {
            return text(conn, "ok");
        }

        public Conn boom(Conn conn, Params params) {
            throw new IllegalStateException("secret detail of the failure");
        }

        public Conn forbidden(Conn conn, Params params) {
            throw new ConnException(403, "not your account");
        }

        public Conn missing(Conn conn, Params params) {
            throw new MissingParamException("id");
        }

        public Conn invalid(Conn conn, Params params) {
            throw new ConnException(422, "title can't be blank");
        }
    }
}
