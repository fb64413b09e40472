package io.phoenixspring.benchmarks.html;

import static io.phoenixspring.controller.Controller.render;

import io.phoenixspring.benchmarks.load.Allocation;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.router.RouterConfigurer;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The HTML harness's Phoenix side: {@code GET /} through a generated app's {@code browser} pipeline (accepts html,
 * fetchSession, fetchFlash, protectFromForgery, putSecureBrowserHeaders) and a Thymeleaf page with a CSRF-protected
 * form.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PhoenixHtmlServer {

    public static void main(String[] args) {
        SpringApplication.run(
                PhoenixHtmlServer.class,
                concat(
                        args,
                        "--phoenix.endpoint.secret-key-base=bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP",
                        "--phoenix.endpoint.session.key=_bench_key",
                        "--phoenix.endpoint.session.signing-salt=bench-salt"));
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Bean
    RouterConfigurer pageRoutes() {
        return router -> {
            router.pipeline(
                    "browser",
                    p -> p.plug("accepts", List.of("html"))
                            .plug("fetchSession")
                            .plug("fetchFlash")
                            .plug("protectFromForgery")
                            .plug("putSecureBrowserHeaders"));
            router.scope("/", s -> {
                s.pipeThrough("browser");
                s.get("/", PageController.class, "index");
            });
            router.get("/bench/allocated", PageController.class, "allocated");
        };
    }

    @Bean
    PageController pageController() {
        return new PageController();
    }

    /** The page, and the allocation counter the harness reads. */
    public static class PageController {

        public Conn index(Conn conn, Params params) {
            return render(conn, "index.html", Map.of("title", Messages.TITLE, "messages", Messages.ALL));
        }

        public Conn allocated(Conn conn, Params params) {
            return Controller.json(conn, Map.of("bytes", Allocation.totalBytes()));
        }
    }
}
