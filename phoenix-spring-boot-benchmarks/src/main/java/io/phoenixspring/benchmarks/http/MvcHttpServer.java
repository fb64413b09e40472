package io.phoenixspring.benchmarks.http;

import io.phoenixspring.benchmarks.load.Allocation;
import io.phoenixspring.benchmarks.load.SpringPeer;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP harness's Spring MVC peer: {@code GET /api/hello} answered by a plain {@code @RestController} returning a
 * map that Jackson writes, with Phoenix's auto-configurations left out; the same Tomcat, actuator and JVM flags.
 */
@SpringPeer
public class MvcHttpServer {

    public static void main(String[] args) {
        SpringApplication.run(MvcHttpServer.class, args);
    }

    /** The JSON action, and the allocation counter the harness reads (registered as the configuration's member). */
    @RestController
    public static class HelloController {

        @GetMapping("/api/hello")
        public Map<String, String> hello() {
            return Map.of("message", "Hello, World!");
        }

        @GetMapping("/bench/allocated")
        public Map<String, Long> allocated() {
            return Map.of("bytes", Allocation.totalBytes());
        }
    }
}
