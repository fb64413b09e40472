package io.phoenixspring.benchmarks.http;

import io.phoenixspring.benchmarks.load.Allocation;
import io.phoenixspring.benchmarks.load.SpringPeer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP harness's floor: {@code GET /api/hello} answered by a raw {@code HttpServlet} that writes the map with
 * Jackson, in the same Spring Boot Tomcat with the same filters, actuator and JVM flags, Phoenix left out.
 */
@SpringPeer
public class ServletHttpServer {

    public static void main(String[] args) {
        SpringApplication.run(ServletHttpServer.class, args);
    }

    @Bean
    ServletRegistrationBean<HelloServlet> helloServlet(JsonMapper json) {
        return new ServletRegistrationBean<>(new HelloServlet(json), "/api/hello", "/bench/allocated");
    }

    /** Writes the JSON by hand. */
    static final class HelloServlet extends HttpServlet {

        private static final long serialVersionUID = 1L;

        private final transient JsonMapper json;

        HelloServlet(JsonMapper json) {
            this.json = json;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Map<String, ?> body = request.getRequestURI().equals("/bench/allocated")
                    ? Map.of("bytes", Allocation.totalBytes())
                    : Map.of("message", "Hello, World!");
            byte[] bytes = json.writeValueAsBytes(body);
            response.setContentType("application/json");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
