package io.phoenixspring.router;

import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Query;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.plug.Inspect;
import io.phoenixspring.plug.LoggerPlug;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.router.internal.RouteTrie;
import io.phoenixspring.telemetry.EventMap;
import io.phoenixspring.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The router as the endpoint's last plug: matches the request in the {@link RouteTable}, merges the route's path
 * params, private data and assigns, runs its pipelines (outer scope first) and then the controller action or plug.
 *
 * <p>The {@link RouteTable} is put in private {@code phoenix_router} ({@link Controller#routerModule}). No match is a {@link NoRouteException} (404) and no pipeline runs; with fallthrough on, the conn is instead
 * marked with {@link #NO_ROUTE} and returned untouched, for the endpoint to pass the request on to Spring MVC.
 *
 * <p>On a match, before the pipelines run, it emits {@code phoenix.router_dispatch.start}; its {@link RouterLogger}
 * handler logs at the route's level (debug unless the route or its scope says otherwise) on the logger
 * {@value LoggerPlug#LOGGER_NAME}, as Phoenix does:
 *
 * <pre>
 * Processing with HelloController.index
 *   Parameters: %{"messenger" =&gt; "Frank"}
 *   Pipelines: [:browser]
 * </pre>
 *
 * The params are filtered by the {@link ParameterFilter}; they print as {@code [UNFETCHED]} when no body parser ran.
 */
public final class RouterPlug implements Plug {

    /** Private key set (to {@code true}) when nothing matched and fallthrough is on. */
    public static final String NO_ROUTE = io.phoenixspring.endpoint.Endpoint.PASS_ON;

    /** {@link Endpoint#BYPASS} value: the router runs nothing. */
    public static final String BYPASS_ALL = "all";

    /** {@link Endpoint#BYPASS} value: the matched route's pipelines run, not its action. */
    public static final String BYPASS_CURRENT = "current";

    /** Private key of the matched {@link Route}. */
    public static final String ROUTE = "phoenix_route";

    /** Emitted on a match, before the route's pipelines run. */
    public static final List<String> DISPATCH_START = List.of("phoenix", "router_dispatch", "start");

    /** Emitted once the route's pipelines and action ran (or a pipeline halted). */
    public static final List<String> DISPATCH_STOP = List.of("phoenix", "router_dispatch", "stop");

    /** Emitted when the action throws; the exception is rethrown. */
    public static final List<String> DISPATCH_EXCEPTION = List.of("phoenix", "router_dispatch", "exception");

    /**
     * The name under which a {@link Telemetry.Observer} sees a dispatch (pipelines and action), tagged with
     * {@code method}, {@code route} (the pattern), {@code plug} and {@code action}, with the {@code path} as detail.
     */
    public static final String DISPATCH_OBSERVATION = "phoenix.router_dispatch";

    private final Supplier<RouteTable> tableSupplier;
    private volatile @Nullable RouteTable table;
    private final boolean fallthrough;
    private static final EventMap.Keys DISPATCH_METADATA =
            EventMap.keys("conn", "route", "plug", "plug_opts", "path_params", "pipe_through", "log");

    private final Telemetry telemetry;
    private final Telemetry.Event dispatchStart;
    private final Telemetry.Event dispatchStop;
    private final Telemetry.Event dispatchException;

    /**
     * A router whose log lines filter Phoenix's default parameters ({@code password}).
     *
     * @param table the compiled routes
     * @param fallthrough whether unmatched requests are passed on instead of answered 404
     */
    public RouterPlug(RouteTable table, boolean fallthrough) {
        this(table, fallthrough, ParameterFilter.defaults());
    }

    /**
     * @param table the compiled routes
     * @param fallthrough whether unmatched requests are passed on instead of answered 404
     * @param filter hides sensitive params in the log lines
     */
    public RouterPlug(RouteTable table, boolean fallthrough, ParameterFilter filter) {
        this(() -> table, fallthrough, filter);
    }

    /**
     * A router over routes compiled on first use, so that controllers may depend on the endpoint this router is part
     * of (the auto-configuration compiles them once the context is refreshed, failing startup when a route is wrong).
     *
     * @param table gives the compiled routes, once
     * @param fallthrough whether unmatched requests are passed on instead of answered 404
     * @param filter filters the params the dispatch log line shows
     */
    public RouterPlug(Supplier<RouteTable> table, boolean fallthrough, ParameterFilter filter) {
        this(table, fallthrough, filter, RouterLogger.bus(filter));
    }

    /**
     * A router that also emits {@code phoenix.router_dispatch.start/stop/exception} on {@code telemetry}.
     *
     * @param table gives the compiled routes, once
     * @param fallthrough whether unmatched requests are passed on instead of answered 404
     * @param filter filters the params the dispatch log line shows
     * @param telemetry where the dispatch events go
     */
    public RouterPlug(Supplier<RouteTable> table, boolean fallthrough, ParameterFilter filter, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.dispatchStart = telemetry.event(DISPATCH_START);
        this.dispatchStop = telemetry.event(DISPATCH_STOP);
        this.dispatchException = telemetry.event(DISPATCH_EXCEPTION);
        this.tableSupplier = table;
        this.fallthrough = fallthrough;
    }

    /** The compiled routes. */
    public RouteTable table() {
        RouteTable compiled = table;
        if (compiled == null) {
            compiled = tableSupplier.get();
            table = compiled;
        }
        return compiled;
    }

    @Override
    public Conn call(Conn conn) {
        RouteTable table = table();
        conn.putPrivate(Controller.ROUTER, table);
        Object bypass = conn.getPrivate(Endpoint.BYPASS);
        if (bypass instanceof List<?> pipelines) {
            for (Object pipeline : pipelines) {
                conn = table.pipeline(String.valueOf(pipeline)).call(conn);
                if (conn.isHalted()) {
                    return conn;
                }
            }
            return conn;
        }
        if (BYPASS_ALL.equals(bypass)) {
            return conn;
        }
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
        if (!telemetry.isObserved()) {
            return dispatch(conn, route, info, match, bypass);
        }
        Telemetry.Scope scope = telemetry.observe(
                DISPATCH_OBSERVATION, route.observed(conn.method()), Map.of("path", conn.requestPath()));
        try {
            conn = dispatch(conn, route, info, match, bypass);
        } catch (RuntimeException | Error e) {
            scope.end(e);
            throw e;
        }
        scope.end(null);
        return conn;
    }

    /** Runs the route's pipelines, then its controller action or forward, between the dispatch events. */
    private Conn dispatch(
            Conn conn,
            RouteTable.Compiled route,
            Route info,
            RouteTrie.Match<RouteTable.Compiled> match,
            @Nullable Object bypass) {
        boolean observed = dispatchStart.hasHandlers() || dispatchStop.hasHandlers() || dispatchException.hasHandlers();
        long start = System.nanoTime();
        if (observed && dispatchStart.hasHandlers()) {
            dispatchStart.execute(
                    Telemetry.START_MEASUREMENTS.with(Telemetry.systemTime(), start), dispatchMetadata(conn, info));
        }
        conn = Plug.run(route.pipelines(), conn);
        if (conn.isHalted() || BYPASS_CURRENT.equals(bypass)) {
            return observed ? dispatched(conn, info, start) : conn;
        }
        if (!observed) {
            return info.forward()
                    ? forward(conn, route, match.consumed())
                    : route.target().call(conn);
        }
        Conn piped = conn;
        try {
            conn = info.forward()
                    ? forward(conn, route, match.consumed())
                    : route.target().call(conn);
        } catch (RuntimeException | Error e) {
            if (dispatchException.hasHandlers()) {
                long end = System.nanoTime();
                Map<String, Object> metadata = new LinkedHashMap<>(dispatchMetadata(piped, info));
                metadata.put("kind", "error");
                metadata.put("reason", e);
                metadata.put("stacktrace", List.of(e.getStackTrace()));
                dispatchException.execute(Telemetry.STOP_MEASUREMENTS.with(end - start, end), metadata);
            }
            throw e;
        }
        return dispatched(conn, info, start);
    }

    private Conn dispatched(Conn conn, Route info, long start) {
        if (dispatchStop.hasHandlers()) {
            long end = System.nanoTime();
            dispatchStop.execute(Telemetry.STOP_MEASUREMENTS.with(end - start, end), dispatchMetadata(conn, info));
        }
        return conn;
    }

    /**
     * Phoenix's dispatch metadata: {@code conn}, {@code route} (the pattern), {@code plug}, {@code plug_opts},
     * {@code path_params}, {@code pipe_through} and {@code log} (the level, or false).
     */
    private static Map<String, Object> dispatchMetadata(Conn conn, Route info) {
        return DISPATCH_METADATA.with(
                conn,
                info.path(),
                RouteTable.userClass(info.plug()),
                info.plugOpts(),
                conn.pathParams(),
                info.pipeThrough(),
                info.log() == null ? Boolean.FALSE : info.log());
    }

    /**
     * Phoenix's router dispatch log line: {@code Processing with HelloController.index}, the filtered params and the
     * pipelines, on three lines.
     */
    static String processing(Conn conn, Route route, ParameterFilter filter) {
        String plug = RouteTable.userClass(route.plug()).getSimpleName();
        boolean action = !route.forward() && !route.plugOpts().equals("[]");
        return "Processing with " + plug + (action ? "." + route.plugOpts() : "") + "\n  Parameters: "
                + params(conn, filter) + "\n  Pipelines: " + Inspect.atoms(route.pipeThrough());
    }

    private static String params(Conn conn, ParameterFilter filter) {
        if (!conn.bodyParamsFetched()) {
            return "[UNFETCHED]";
        }
        try {
            return Inspect.inspect(filter.filter(conn.params()));
        } catch (RuntimeException e) {
            return "[UNFETCHED]";
        }
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
