package io.phoenixspring.benchmarks.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The routes every contender of {@link RoutingBenchmark} declares, and the request paths they are asked to match:
 * the same table, in the same order, for the Phoenix router, Spring's handler mapping and a WebMvc.fn router function.
 *
 * <p>Routes come in groups of three per resource, as an app declares them: {@code /shop/orders} and
 * {@code /shop/orders/new} (static), then {@code /shop/orders/:id} or {@code /shop/orders/:id/items/:item} (one or two
 * params) or, for one group in thirteen, {@code /shop/orders/*path} (a glob). The groups are spread over eight scopes and
 * declared scope by scope. Statics come before the param route of their group, so first-declared (Phoenix, router
 * functions) and most-specific (handler mapping) pick the same route for every request.
 *
 * <p>The requests hit the first, middle and last declared routes, the first and last route of each kind, and miss in
 * four ways (unknown first segment, unknown resource in a known scope, one segment too many under a param route, and a
 * wrong static after a param).
 *
 * @param routes the routes, in declaration order
 * @param probes the requests, each with the route it must reach (or none)
 */
public record RouteSet(List<Route> routes, List<Probe> probes) {

    /** The scopes the routes are spread over; {@code "/"} is the root scope. */
    static final List<String> SCOPES =
            List.of("/", "/admin", "/api/v1", "/api/v2", "/shop", "/shop/admin", "/blog", "/internal/reports");

    private static final List<String> RESOURCES = List.of(
            "users",
            "orders",
            "products",
            "invoices",
            "teams",
            "projects",
            "comments",
            "tags",
            "carts",
            "payments",
            "reviews",
            "coupons",
            "shipments",
            "articles",
            "authors",
            "events",
            "tickets",
            "webhooks",
            "tokens",
            "reports",
            "settings",
            "devices",
            "sessions",
            "plans");

    /** What a route path captures. */
    public enum Kind {
        STATIC,
        ONE_PARAM,
        TWO_PARAMS,
        GLOB
    }

    /**
     * One route: {@code GET scope + path}.
     *
     * @param index its position in declaration order
     * @param scope the scope it is declared in, {@code "/"} for the root
     * @param path its path inside the scope, in Phoenix spelling ({@code /orders/:id}, {@code /files/*path})
     * @param kind what it captures
     */
    public record Route(int index, String scope, String path, Kind kind) {

        /** The full path in Phoenix spelling: {@code /shop/orders/:id}. */
        public String phoenixPath() {
            return scope.equals("/") ? path : scope + path;
        }

        /** The full path in Spring's spelling: {@code /shop/orders/{id}}, {@code /shop/files/{*path}}. */
        public String springPath() {
            return phoenixPath().replaceAll(":(\\w+)", "{$1}").replaceAll("\\*(\\w+)", "{*$1}");
        }
    }

    /**
     * One request to match.
     *
     * @param path the request path
     * @param expected the route it must reach, or null when no route matches it
     */
    public record Probe(String path, @Nullable Route expected) {}

    public RouteSet {
        routes = List.copyOf(routes);
        probes = List.copyOf(probes);
    }

    /**
     * The first {@code size} routes of the table (so the table of 10 is a prefix of the table of 100 before they are
     * sorted by scope) and the requests for them.
     *
     * @throws IllegalArgumentException when {@code size} is less than 10
     */
    public static RouteSet of(int size) {
        if (size < 10) {
            throw new IllegalArgumentException("a route set needs at least 10 routes to hold every kind of route, got "
                    + size + "; pass 10 or more");
        }
        List<Route> declared = declared(size);
        return new RouteSet(declared, probes(declared));
    }

    private static List<Route> declared(int size) {
        List<Route> unordered = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            unordered.add(route(i));
        }
        unordered.sort(Comparator.comparingInt(r -> SCOPES.indexOf(r.scope())));
        List<Route> declared = new ArrayList<>();
        for (Route route : unordered) {
            declared.add(new Route(declared.size(), route.scope(), route.path(), route.kind()));
        }
        return declared;
    }

    /** The {@code i}th route generated: group {@code i / 3}, position {@code i % 3} in it. */
    private static Route route(int i) {
        int group = i / 3;
        String scope = SCOPES.get(group % SCOPES.size());
        int round = group / SCOPES.size();
        String name = RESOURCES.get(round % RESOURCES.size());
        String resource = "/" + name + (round < RESOURCES.size() ? "" : String.valueOf(round / RESOURCES.size() + 1));
        return switch (i % 3) {
            case 0 -> new Route(i, scope, resource, Kind.STATIC);
            case 1 -> new Route(i, scope, resource + "/new", Kind.STATIC);
            default -> dynamic(i, group, scope, resource);
        };
    }

    private static Route dynamic(int i, int group, String scope, String resource) {
        if (group % 13 == 1) {
            return new Route(i, scope, resource + "/*path", Kind.GLOB);
        }
        return (group / 2 + group / SCOPES.size()) % 2 == 0
                ? new Route(i, scope, resource + "/:id", Kind.ONE_PARAM)
                : new Route(i, scope, resource + "/:id/items/:item", Kind.TWO_PARAMS);
    }

    private static List<Probe> probes(List<Route> routes) {
        List<Probe> probes = new ArrayList<>();
        int last = routes.size() - 1;
        for (int index : new int[] {0, last / 4, last / 2, 3 * last / 4, last}) {
            probes.add(hit(routes.get(index)));
        }
        for (Kind kind : List.of(Kind.ONE_PARAM, Kind.TWO_PARAMS, Kind.GLOB)) {
            List<Route> ofKind = routes.stream().filter(r -> r.kind() == kind).toList();
            probes.add(hit(ofKind.get(0)));
            probes.add(hit(ofKind.get(ofKind.size() - 1)));
        }
        Route lastParam = routes.stream()
                .filter(r -> r.kind() == Kind.ONE_PARAM)
                .reduce((a, b) -> b)
                .orElseThrow();
        Route lastTwoParams = routes.stream()
                .filter(r -> r.kind() == Kind.TWO_PARAMS)
                .reduce((a, b) -> b)
                .orElseThrow();
        probes.add(new Probe("/nothing/here", null));
        probes.add(new Probe("/api/v1/unknown-resource", null));
        probes.add(new Probe(fill(lastParam.phoenixPath()) + "/extra", null));
        probes.add(new Probe(fill(lastTwoParams.phoenixPath()).replace("/items/", "/other/"), null));
        return probes;
    }

    private static Probe hit(Route route) {
        return new Probe(fill(route.phoenixPath()), route);
    }

    /** A request path for a route path: params become {@code 42} and {@code 7}, a glob three segments. */
    private static String fill(String path) {
        return path.replace(":id", "42").replace(":item", "7").replace("*path", "docs/2024/report.pdf");
    }
}
