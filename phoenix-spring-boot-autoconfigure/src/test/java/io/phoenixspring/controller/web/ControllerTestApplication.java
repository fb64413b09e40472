package io.phoenixspring.controller.web;

import static io.phoenixspring.controller.Controller.allowJsonp;
import static io.phoenixspring.controller.Controller.currentUrl;
import static io.phoenixspring.controller.Controller.html;
import static io.phoenixspring.controller.Controller.json;
import static io.phoenixspring.controller.Controller.putStatus;
import static io.phoenixspring.controller.Controller.redirect;
import static io.phoenixspring.controller.Controller.scrubParams;
import static io.phoenixspring.controller.Controller.sendDownload;
import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.ActionClauseException;
import io.phoenixspring.controller.ActionFallback;
import io.phoenixspring.controller.ControllerPlugs;
import io.phoenixspring.controller.Download;
import io.phoenixspring.controller.DownloadOptions;
import io.phoenixspring.controller.FallbackController;
import io.phoenixspring.controller.PlugList;
import io.phoenixspring.router.RouterConfigurer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The application the controller integration tests run on a real Tomcat. No component scanning. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class ControllerTestApplication {

    @Bean
    RouterConfigurer controllerTestRouter() {
        return router -> {
            router.pipeline("api", p -> p.plug(allowJsonp()));
            router.scope("/", s -> {
                s.get("/go", HelperController.class, "go");
                s.get("/here/:id", HelperController.class, "here");
                s.get("/report", HelperController.class, "report");
                s.post("/users", HelperController.class, "create");
                s.get("/clause/:id", HelperController.class, "clause");
                s.get("/parse/:id", HelperController.class, "parse");
                s.get("/posts/:id", HelperController.class, "post");
                s.post("/posts", HelperController.class, "createPost");
            });
            router.scope("/api", s -> {
                s.pipeThrough("api");
                s.get("/data", HelperController.class, "data");
                s.get("/page", HelperController.class, "page");
            });
        };
    }

    @Bean
    HelperController helperController() {
        return new HelperController();
    }

    @Bean
    ApiFallbackController apiFallbackController() {
        return new ApiFallbackController();
    }

    /** What the API actions return when they do not answer themselves. */
    public sealed interface Result permits Result.NotFound, Result.Invalid {

        /** {@code {:error, :not_found}}. */
        record NotFound() implements Result {}

        /** {@code {:error, changeset}}. */
        record Invalid(Map<String, List<String>> errors) implements Result {}
    }

    /** The API's fallback, a bean. */
    public static class ApiFallbackController implements FallbackController {

        @Override
        public Conn call(Conn conn, @Nullable Object result) {
            if (result instanceof Result.NotFound) {
                return json(putStatus(conn, "not_found"), Map.of("errors", Map.of("detail", "Not Found")));
            }
            if (result instanceof Result.Invalid invalid) {
                return json(putStatus(conn, "unprocessable_entity"), Map.of("errors", invalid.errors()));
            }
            throw new IllegalStateException("unexpected action result " + result);
        }
    }

    /** The helpers under test, one action each. */
    @ActionFallback(ApiFallbackController.class)
    public static class HelperController implements ControllerPlugs {

        @Override
        public void plugs(PlugList plugs) {
            plugs.plug(scrubParams("user")).when("create");
        }

        public Conn go(Conn conn, Params params) {
            return redirect(conn, String.valueOf(params.getString("to")));
        }

        public Conn here(Conn conn, Params params) {
            return text(conn, currentUrl(conn));
        }

        public Conn report(Conn conn, Params params) {
            return sendDownload(
                    conn,
                    Download.binary("a,b\n1,2\n"),
                    DownloadOptions.defaults().filename("q1 report.csv"));
        }

        public Conn create(Conn conn, Params params) {
            Map<String, Object> body = new HashMap<>();
            body.put("user", params.get("user"));
            return json(conn, body);
        }

        public Conn clause(Conn conn, Params params) {
            String id = String.valueOf(params.getString("id"));
            if (!id.matches("[0-9]+")) {
                throw new ActionClauseException(conn, "id must be digits");
            }
            return text(conn, id);
        }

        public Conn parse(Conn conn, Params params) {
            return text(conn, Integer.parseInt(String.valueOf(params.getString("id"))));
        }

        public Object post(Conn conn, Params params) {
            conn.putRespHeader("x-action", "ran");
            if ("1".equals(params.getString("id"))) {
                return json(conn, Map.of("id", 1));
            }
            return new Result.NotFound();
        }

        public Object createPost(Conn conn, Params params) {
            return new Result.Invalid(Map.of("title", List.of("can't be blank")));
        }

        public Conn data(Conn conn, Params params) {
            return json(conn, Map.of("a", 1));
        }

        public Conn page(Conn conn, Params params) {
            return html(conn, "<p>hi</p>");
        }
    }
}
