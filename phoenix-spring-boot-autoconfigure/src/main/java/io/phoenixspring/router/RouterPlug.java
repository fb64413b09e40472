package io.phoenixspring.router;

import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Query;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.router.internal.RouteTrie;
import java.util.ArrayList;
import java.util.List;

/**
 * The router as the endpoint's last plug: matches the request in the {@link RouteTable}, merges the route's path
 * params, private data and assigns, runs its pipelines (outer scope first) and then the controller action or plug.
 *
 * <p>The {@link RouteTable} is put in private {@code phoenix_router} ({@link Controller#routerModule}). No match is a {@link NoRouteException} (404) and no pipeline runs; with fallthrough on, the conn is instead
 * marked with {@link #NO_ROUTE} and returned untouched, for the endpoint to pass the request on to Spring MVC.
 */
public final class RouterPlug implements Plug {

    /** Private key set (to {@code true}) when nothing matched and fallthrough is on. */
    public static final String NO_ROUTE = io.phoenixspring.endpoint.Endpoint.PASS_ON;

    /** Private key of the matched {@link Route}. */
    public static final String ROUTE = "phoenix_route";

    private final RouteTable table;
    private final boolean fallthrough;

    /**
     * @param table the compiled routes
     * @param fallthrough whether unmatched requests are passed on instead of answered 404
     */
    public RouterPlug(RouteTable table, boolean fallthrough) {
        this.table = table;
        this.fallthrough = fallthrough;
    }

    /** The compiled routes. */
    public RouteTable table() {
        return table;
    }

    @Override
    public Conn call(Conn conn) {
        conn.putPrivate(Controller.ROUTER, table);
        List<String> segments = decode(conn);
        RouteTrie.Match<RouteTable.Compiled> match = table.matchCompiled(conn.method(), conn.host(), segments);
        if (match == null) {
            if (fallthrough) {
                return conn.putPrivate(NO_ROUTE, Boolean.TRUE);
            }
            throw new NoRouteException(conn.method(), "/" + String.join("/", conn.pathInfo()), table.name());
        }
        RouteTable.Compiled route = match.route();
        Route info = route.route();
        conn.putPathParams(merged(conn, match));
        info.privateData().forEach(conn::putPrivate);
        info.assigns().forEach(conn::assign);
        conn.putPrivate(ROUTE, info);
        conn = Plug.run(route.pipelines(), conn);
        if (conn.isHalted()) {
            return conn;
        }
        if (info.forward()) {
            return forward(conn, route, match.consumed());
        }
        return route.target().call(conn);
    }

    private static java.util.Map<String, Object> merged(Conn conn, RouteTrie.Match<RouteTable.Compiled> match) {
        if (conn.pathParams().isEmpty()) {
            return match.params();
        }
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>(conn.pathParams());
        params.putAll(match.params());
        return params;
    }

    private static Conn forward(Conn conn, RouteTable.Compiled route, int consumed) {
        List<String> scriptName = conn.scriptName();
        List<String> pathInfo = conn.pathInfo();
        conn.forwardSegments(consumed);
        Conn result = route.target().call(conn);
        return result.restorePath(scriptName, pathInfo);
    }

    private static List<String> decode(Conn conn) {
        List<String> raw = conn.pathInfo();
        List<String> decoded = new ArrayList<>(raw.size());
        for (String segment : raw) {
            try {
                decoded.add(Query.decodePathSegment(segment));
            } catch (BadRequestException e) {
                throw new BadRequestException(
                        "malformed URI path: \"/" + String.join("/", raw) + "\"; percent-encode"
                                + " reserved characters correctly",
                        e);
            }
        }
        return decoded;
    }
}
