package io.phoenixspring.benchmarks;

import io.phoenixspring.benchmarks.html.MvcHtmlServer;
import io.phoenixspring.benchmarks.html.PhoenixHtmlServer;
import io.phoenixspring.benchmarks.load.SideBySide;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * HTML side by side: a Thymeleaf page with a CSRF-protected form through Phoenix's full browser pipeline (session,
 * flash, CSRF, secure headers) vs Spring MVC + Thymeleaf + Spring Security's CSRF rendering the same page. Clients
 * keep their cookies, as browsers do. Target: ≥ 1.0× the Spring peer.
 *
 * <p>Usage: {@code HttpHtml [rounds] [seconds per trial] [connections]} (defaults 3, 10, 16).
 */
public final class HttpHtml {

    private HttpHtml() {}

    public static void main(String[] args) throws Exception {
        SideBySide.Load load = new SideBySide.Load(
                "/",
                "text/html",
                args.length > 0 ? Integer.parseInt(args[0]) : 3,
                Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10),
                args.length > 2 ? Integer.parseInt(args[2]) : 16);
        Map<String, List<SideBySide.Trial>> trials = SideBySide.run(
                List.of(
                        new SideBySide.Peer("phoenix browser pipeline", PhoenixHtmlServer.class, List.of()),
                        new SideBySide.Peer("Spring MVC + Security", MvcHtmlServer.class, List.of())),
                load,
                4821);
        System.out.printf(
                "%nGET %s (text/html), %d connections keeping cookies, %d rounds of %ds after a %ds warm-up each%n",
                load.path(),
                load.connections(),
                load.rounds(),
                load.trial().toSeconds(),
                load.trial().toSeconds());
        System.out.println(SideBySide.table(trials, "phoenix browser pipeline"));
    }
}
