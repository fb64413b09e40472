package io.phoenixspring.benchmarks;

import io.phoenixspring.benchmarks.html.MvcHtmlServer;
import io.phoenixspring.benchmarks.html.PhoenixHtmlServer;
import io.phoenixspring.benchmarks.load.SideBySide;
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
        SideBySide.Load load = SideBySide.Load.of("/", "text/html", args);
        Map<String, List<SideBySide.Trial>> trials = SideBySide.run(
                List.of(
                        new SideBySide.Peer("phoenix browser pipeline", PhoenixHtmlServer.class, List.of()),
                        new SideBySide.Peer("Spring MVC + Security", MvcHtmlServer.class, List.of())),
                load,
                4821);
        System.out.println();
        System.out.println(load.describe());
        System.out.println(SideBySide.table(trials, "phoenix browser pipeline"));
    }
}
