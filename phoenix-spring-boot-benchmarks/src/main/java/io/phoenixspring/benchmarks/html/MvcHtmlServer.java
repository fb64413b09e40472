package io.phoenixspring.benchmarks.html;

import io.phoenixspring.benchmarks.load.Allocation;
import io.phoenixspring.benchmarks.load.SpringPeer;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The HTML harness's Spring peer: {@code GET /} rendered by a Spring MVC controller with Thymeleaf and Spring
 * Security's CSRF protection (the session-held token, written into the form by {@code th:action}) and its default
 * security headers; Phoenix's auto-configurations left out.
 */
@SpringPeer
public class MvcHtmlServer {

    public static void main(String[] args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--spring.autoconfigure.exclude=";
        SpringApplication.run(MvcHtmlServer.class, all);
    }

    /** Every request allowed, CSRF on (Spring Security's default), the same headers a browser pipeline sends. */
    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers.referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /** The page, and the allocation counter the harness reads (registered as the configuration's member). */
    @Controller
    public static class PageController {

        @GetMapping("/")
        public String index(Model model) {
            model.addAttribute("title", Messages.TITLE);
            model.addAttribute("messages", Messages.ALL);
            return "mvc/index";
        }

        @GetMapping("/bench/allocated")
        @ResponseBody
        public Map<String, Long> allocated() {
            return Map.of("bytes", Allocation.totalBytes());
        }
    }
}
