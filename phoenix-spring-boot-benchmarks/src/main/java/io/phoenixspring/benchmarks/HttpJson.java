package io.phoenixspring.benchmarks;

import io.phoenixspring.benchmarks.http.MvcHttpServer;
import io.phoenixspring.benchmarks.http.PhoenixHttpServer;
import io.phoenixspring.benchmarks.http.ServletHttpServer;
import io.phoenixspring.benchmarks.load.SideBySide;
import java.util.List;
import java.util.Map;

/**
 * HTTP JSON side by side: {@code GET /api/hello} through Phoenix's endpoint, router, {@code api} pipeline and a
 * controller's {@code json}, vs a Spring MVC {@code @RestController}, vs a raw {@code HttpServlet}; same Tomcat, same
 * JVM flags, same actuator. Targets: ≥ 1.0× the {@code @RestController} (stretch 1.2×), ≥ 0.8× the raw servlet, and
 * no more allocation per request than the {@code @RestController}.
 *
 * <p>Usage: {@code HttpJson [rounds] [seconds per trial] [connections]} (defaults 3, 10, 16).
 */
public final class HttpJson {

    private HttpJson() {}

    public static void main(String[] args) throws Exception {
        SideBySide.Load load = SideBySide.Load.of("/api/hello", "application/json", args);
        Map<String, List<SideBySide.Trial>> trials = SideBySide.run(
                List.of(
                        new SideBySide.Peer("phoenix", PhoenixHttpServer.class, List.of()),
                        new SideBySide.Peer("@RestController", MvcHttpServer.class, List.of()),
                        new SideBySide.Peer("HttpServlet", ServletHttpServer.class, List.of())),
                load,
                4811);
        System.out.println();
        System.out.println(load.describe());
        System.out.println(SideBySide.table(trials, "phoenix"));
    }
}
