package io.phoenixspring.endpoint;

import static io.phoenixspring.controller.Controller.json;
import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.autoconfigure.endpoint.EndpointCustomizer;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.conn.Upload;
import io.phoenixspring.plug.ParsersPlug;
import io.phoenixspring.router.RouterConfigurer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The application the endpoint integration tests run on a real Tomcat: a router with a pipeline, controllers that
 * echo what reached them, an endpoint customizer that reports what ran before it, and a Spring MVC controller for
 * fallthrough. No component scanning, so the nested configurations of other tests stay out.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class EndpointTestApplication {

    /** The temporary file of the last upload, to check it is deleted after the request. */
    static final AtomicReference<Path> LAST_UPLOAD = new AtomicReference<>();

    @Bean
    RouterConfigurer testRouter() {
        return router -> {
            router.pipeline("api", p -> p.plug(conn -> conn.putRespHeader("x-pipeline", "api")));
            router.scope("/", s -> {
                s.pipeThrough("api");
                s.get("/hello", TestController.class, "hello");
                s.get("/echo", TestController.class, "echo");
                s.post("/echo", TestController.class, "echo");
                s.get("/items/:id", TestController.class, "show");
                s.post("/items/:id", TestController.class, "create");
                s.delete("/items/:id", TestController.class, "delete");
                s.get("/boom", TestController.class, "boom");
                s.get("/silent", TestController.class, "silent");
                s.post("/upload", TestController.class, "upload");
                s.post("/csv", TestController.class, "csv");
                s.get("/session/put", TestController.class, "putSession");
                s.get("/session/get", TestController.class, "getSession");
            });
        };
    }

    @Bean
    TestController testController() {
        return new TestController();
    }

    /**
     * Reports what the endpoint plugs before it did: a plug just before the parsers says whether the body was parsed
     * yet; a plug after the built-in ones says whether the request id, the parsers, the method override or HEAD and
     * the session plug ran.
     */
    @Bean
    EndpointCustomizer orderReportingCustomizer() {
        return plugs -> plugs.plugBefore(
                        ParsersPlug.class,
                        conn -> conn.putRespHeader("x-before-parsers", "parsed=" + conn.bodyParamsFetched()))
                .plug(conn -> conn.putRespHeader(
                        "x-after-builtins",
                        "request-id=" + !conn.getRespHeader("x-request-id").isEmpty()
                                + ",parsed=" + conn.bodyParamsFetched()
                                + ",method=" + conn.method()
                                + ",session=" + conn.privateData().containsKey("plug_session_fetch")));
    }

    /** The Phoenix controller of the tests. */
    public static class TestController {

        public Conn hello(Conn conn, Params params) {
            return text(conn, "hello");
        }

        public Conn echo(Conn conn, Params params) {
            return json(conn, params);
        }

        public Conn show(Conn conn, Params params) {
            return text(conn, "show " + params.getString("id"));
        }

        public Conn create(Conn conn, Params params) {
            return text(conn, "create " + params.getString("id"));
        }

        public Conn delete(Conn conn, Params params) {
            return text(conn, "delete " + params.getString("id") + " (was " + conn.originalMethod() + ")");
        }

        public Conn boom(Conn conn, Params params) {
            throw new IllegalStateException("secret detail of the failure");
        }

        public Conn silent(Conn conn, Params params) {
            return conn;
        }

        public Conn upload(Conn conn, Params params) throws IOException {
            Upload upload = (Upload) params.get("file");
            LAST_UPLOAD.set(upload.path());
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("filename", upload.filename());
            seen.put("contentType", upload.contentType());
            seen.put("content", Files.readString(upload.path(), StandardCharsets.UTF_8));
            seen.put("exists", Files.exists(upload.path()));
            seen.put("title", params.getString("title"));
            return json(conn, seen);
        }

        public Conn csv(Conn conn, Params params) {
            return text(conn, "body params " + conn.bodyParams().size() + ", read " + (conn.rawBody() != null));
        }

        public Conn putSession(Conn conn, Params params) {
            return text(conn.fetchSession().putSession("user", String.valueOf(params.getString("value"))), "stored");
        }

        public Conn getSession(Conn conn, Params params) {
            Object user = conn.fetchSession().getSession("user");
            return text(conn, "user=" + (user == null ? "none" : user));
        }
    }

    /**
     * A plain Spring MVC controller, reached only when the router falls through; registered as a member component of
     * this configuration.
     */
    @RestController
    public static class MvcController {

        @GetMapping("/mvc/hello")
        public String hello() {
            return "mvc hello";
        }

        @PostMapping("/mvc/json")
        public Map<String, Object> json(@RequestBody Map<String, Object> body) {
            return Map.of("received", body);
        }

        @PostMapping("/mvc/form")
        public String form(@RequestParam("name") String name) {
            return "mvc form " + name;
        }

        @PostMapping("/mvc/upload")
        public String upload(@RequestParam("file") MultipartFile file, @RequestParam("title") String title)
                throws IOException {
            return "mvc upload " + file.getOriginalFilename() + " " + file.getContentType() + " "
                    + new String(file.getBytes(), StandardCharsets.UTF_8) + " " + title;
        }

        @PostMapping("/mvc/params")
        public String params(
                @RequestParam("tag") List<String> tags,
                @RequestParam("user[name]") String userName,
                @RequestParam("page") String page) {
            return "tags " + tags + ", user[name] " + userName + ", page " + page;
        }
    }
}
