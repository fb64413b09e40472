package io.phoenixspring.benchmarks.routing;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.conn.Query;
import io.phoenixspring.router.RouteTable;
import io.phoenixspring.router.RouterConfigurer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Phoenix router: the {@link RouteSet} declared with the router DSL (one scope per {@link RouteSet#SCOPES} entry)
 * and compiled with {@link RouteTable#compile}, as the auto-configuration compiles {@link RouterConfigurer} beans.
 *
 * <p>A match does what {@code RouterPlug.call} does before the pipelines run: splits the request path into segments
 * ({@link Conn#splitPath}, done when the conn is made), percent-decodes each one and asks the table for the first route
 * of that method, host and path ({@link RouteTable#match}, the public face of the lookup the plug makes).
 */
final class PhoenixContender implements Contender {

    private static final String HOST = "localhost";

    private final RouteTable table;
    private final Map<String, Integer> indexByPath;
    private final String[] paths;

    PhoenixContender(RouteSet set) {
        this.table = RouteTable.compile(
                List.of(configurer(set)), type -> new BenchController(), PhoenixContender.class.getClassLoader());
        this.indexByPath = new HashMap<>();
        for (RouteSet.Route route : set.routes()) {
            indexByPath.put(route.phoenixPath(), route.index());
        }
        this.paths = set.probes().stream().map(RouteSet.Probe::path).toArray(String[]::new);
    }

    private static RouterConfigurer configurer(RouteSet set) {
        return router -> {
            for (String scope : RouteSet.SCOPES) {
                List<RouteSet.Route> routes = set.routes().stream()
                        .filter(r -> r.scope().equals(scope))
                        .toList();
                router.scope(scope, s -> routes.forEach(r -> s.get(r.path(), BenchController.class, action(r))));
            }
        };
    }

    private static String action(RouteSet.Route route) {
        return route.kind() == RouteSet.Kind.STATIC ? "index" : "show";
    }

    @Override
    public RouteTable.@Nullable Match match(int probe) {
        return table.match("GET", HOST, decode(Conn.splitPath(paths[probe]))).orElse(null);
    }

    private static List<String> decode(List<String> raw) {
        List<String> decoded = new ArrayList<>(raw.size());
        for (String segment : raw) {
            decoded.add(Query.decodePathSegment(segment));
        }
        return decoded;
    }

    @Override
    public int routeIndex(Object found) {
        String path = ((RouteTable.Match) found).route().path();
        Integer index = indexByPath.get(path);
        if (index == null) {
            throw new IllegalStateException("the table has a route " + path + " the route set does not declare");
        }
        return index;
    }

    /** The controller every route names; its actions never run here. */
    public static final class BenchController {

        public Conn index(Conn conn, Params params) {
            return conn.sendResp(200, "index");
        }

        public Conn show(Conn conn, Params params) {
            return conn.sendResp(200, "show");
        }
    }
}
