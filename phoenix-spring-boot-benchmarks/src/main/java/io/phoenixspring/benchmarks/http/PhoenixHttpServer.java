package io.phoenixspring.benchmarks.http;

import static io.phoenixspring.controller.Controller.json;

import io.phoenixspring.benchmarks.load.Allocation;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.router.RouterConfigurer;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The HTTP harness's Phoenix side: {@code GET /api/hello} through the endpoint's plugs, the router, an {@code api}
 * pipeline ({@code accepts("json")}) and a controller's {@code json}, as a generated Phoenix app's JSON API.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PhoenixHttpServer {

    public static void main(String[] args) {
        SpringApplication.run(PhoenixHttpServer.class, args);
    }

    @Bean
    RouterConfigurer apiRoutes() {
        return router -> {
            router.pipeline("api", p -> p.plug(Controller.accepts("json")));
            router.scope("/api", s -> {
                s.pipeThrough("api");
                s.get("/hello", HelloController.class, "hello");
            });
            router.get("/bench/allocated", HelloController.class, "allocated");
        };
    }

    @Bean
    HelloController helloController() {
        return new HelloController();
    }

    /** The JSON action. */
    public static class HelloController {

        public Conn hello(Conn conn, Params params) {
            return json(conn, Map.of("message", "Hello, World!"));
        }

        public Conn allocated(Conn conn, Params params) {
            return json(conn, Map.of("bytes", Allocation.totalBytes()));
        }
    }
}
