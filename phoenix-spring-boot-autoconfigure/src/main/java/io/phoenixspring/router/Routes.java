package io.phoenixspring.router;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Param;
import io.phoenixspring.conn.Query;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.endpoint.EndpointUrl;
import io.phoenixspring.router.internal.Segment;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Path and URL helpers, as {@code Router.Helpers}: {@code routes.path(conn, "user", "show", 17)} gives
 * {@code /users/17}; a trailing {@link Map} becomes the query string, in its order.
 *
 * <pre>{@code
 * routes.path(conn, "user_post", "show", 42, 17);              // "/users/42/posts/17"
 * routes.path(null, "user", "show", 17, Map.of("admin", true)); // "/users/17?admin=true"
 * routes.url(conn, "user", "index");                            // "http://localhost:4000/users"
 * }</pre>
 *
 * <p>The first argument is a {@link Conn} (paths get its mount path), a {@link URI} (URLs take its scheme, host and
 * port) or null (the endpoint's configured URL).
 */
public final class Routes {

    private record Clause(String action, List<Segment> segments, List<String> bindings, boolean trailingSlash) {}

    private final Supplier<List<Route>> routes;
    private final Supplier<EndpointUrl> url;
    private volatile @Nullable Map<String, List<Clause>> helpers;
    private volatile @Nullable Map<String, String> manifest;

    /**
     * @param routes the routes helpers are made for
     * @param url the endpoint's public URL
     */
    public Routes(List<Route> routes, Supplier<EndpointUrl> url) {
        this(() -> routes, url);
    }

    /**
     * Helpers over routes compiled later: controllers can take {@code Routes} in their constructor while the route
     * table that needs those controllers is being built. The routes are read on first use.
     *
     * @param routes gives the routes helpers are made for
     * @param url the endpoint's public URL
     */
    public Routes(Supplier<List<Route>> routes, Supplier<EndpointUrl> url) {
        this.routes = routes;
        this.url = url;
    }

    private Map<String, List<Clause>> helpers() {
        Map<String, List<Clause>> index = helpers;
        if (index == null) {
            index = index(routes.get());
            helpers = index;
        }
        return index;
    }

    private static Map<String, List<Clause>> index(List<Route> routes) {
        Map<String, List<Clause>> helpers = new LinkedHashMap<>();
        for (Route route : routes) {
            if (route.helper() == null) {
                continue;
            }
            List<Segment> segments = Segment.parse(route.path());
            List<String> bindings = segments.stream()
                    .filter(s -> s.kind() != Segment.Kind.STATIC)
                    .map(Segment::name)
                    .toList();
            List<Clause> clauses = helpers.computeIfAbsent(route.helper(), k -> new ArrayList<>());
            Clause clause = new Clause(route.action(), segments, bindings, route.trailingSlash());
            boolean known = clauses.stream()
                    .anyMatch(c ->
                            c.action().equals(clause.action()) && c.bindings().size() == bindings.size());
            if (!known) {
                clauses.add(clause);
            }
        }
        return helpers;
    }

    /** The helper names, without {@code _path}. */
    public List<String> helperNames() {
        return List.copyOf(helpers().keySet());
    }

    /**
     * The path of {@code helper}'s {@code action} with {@code args}: path params in order, then optionally a map of
     * query params.
     *
     * @throws IllegalArgumentException when the helper or action does not exist or the arguments do not fit
     */
    public String path(@Nullable Object connOrUri, String helper, String action, Object... args) {
        String path = build(helper, action, args);
        if (connOrUri instanceof Conn conn) {
            return conn.adapter().mountPath().replaceAll("/$", "") + path;
        }
        return connOrUri instanceof URI ? path : url.get().path(path);
    }

    /**
     * The URL of {@code helper}'s {@code action}: the endpoint's URL (or the given URI's, or the one
     * {@link Controller#putRouterUrl} put on the given conn) and the path.
     */
    public String url(@Nullable Object connOrUri, String helper, String action, Object... args) {
        String path = build(helper, action, args);
        if (connOrUri instanceof URI uri) {
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme() + "://" + uri.getHost() + port + path;
        }
        EndpointUrl endpoint = url.get();
        String base = connOrUri instanceof Conn conn ? conn.getPrivate(Controller.ROUTER_URL) : null;
        return (base == null ? endpoint.url() : base) + endpoint.path(path);
    }

    /**
     * The URL of the static file at {@code path}: the endpoint's URL, or the one {@link Controller#putStaticUrl} put
     * on the given conn (e.g. a CDN's), and the path.
     */
    public String staticUrl(@Nullable Object connOrUri, String path) {
        if (connOrUri instanceof URI uri) {
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme() + "://" + uri.getHost() + port + path;
        }
        String base = connOrUri instanceof Conn conn ? conn.getPrivate(Controller.STATIC_URL) : null;
        return base == null ? url.get().url() + url.get().path(path) : base + path;
    }

    /**
     * The path of a static file, as {@code Routes.static_path/2}: under the mount path, and digested
     * ({@code /css/app-1a2b.css?vsn=d}) when {@code static/cache_manifest.json} (written by a digest step) lists it.
     *
     * @throws IllegalArgumentException for paths that are not absolute local paths ({@code //host}, {@code css/x})
     */
    public String staticPath(@Nullable Object conn, String path) {
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            throw new IllegalArgumentException(
                    "static paths must be local absolute paths starting with a single /," + " got \"" + path + "\"");
        }
        String digested = manifest().get(path.substring(1));
        String resolved = digested == null ? path : "/" + digested + "?vsn=d";
        if (conn instanceof Conn c) {
            return c.adapter().mountPath().replaceAll("/$", "") + resolved;
        }
        return url.get().path(resolved);
    }

    private Map<String, String> manifest() {
        Map<String, String> latest = manifest;
        if (latest == null) {
            latest = StaticManifest.load(getClass().getClassLoader());
            manifest = latest;
        }
        return latest;
    }

    /** The endpoint's URL: {@code http://localhost:4000}. */
    public String url() {
        return url.get().url();
    }

    private String build(String helper, String action, Object[] args) {
        String name = helper.endsWith("_path") ? helper.substring(0, helper.length() - 5) : helper;
        Map<String, List<Clause>> helpers = helpers();
        List<Clause> clauses = helpers.get(name);
        if (clauses == null) {
            throw new IllegalArgumentException("no helper \"" + name + "\"; the helpers are " + helpers.keySet()
                    + " (see them with --phoenix.routes)");
        }
        Map<?, ?> query = Map.of();
        List<Object> positional = new ArrayList<>(Arrays.asList(args));
        if (!positional.isEmpty() && positional.get(positional.size() - 1) instanceof Map<?, ?> map) {
            query = map;
            positional.remove(positional.size() - 1);
        }
        for (Clause clause : clauses) {
            if (clause.action().equals(action) && clause.bindings().size() == positional.size()) {
                return render(clause, positional, query);
            }
        }
        throw new IllegalArgumentException("no action \"" + action + "\" with " + positional.size()
                + " path param(s) for helper " + name + "_path. The following actions/clauses are supported:\n\n"
                + describe(name, clauses));
    }

    private static String describe(String name, List<Clause> clauses) {
        StringBuilder out = new StringBuilder();
        for (Clause clause : clauses) {
            out.append("    routes.path(conn, \"")
                    .append(name)
                    .append("\", \"")
                    .append(clause.action())
                    .append('"');
            clause.bindings().forEach(b -> out.append(", ").append(b));
            out.append(", params?)\n");
        }
        return out.toString();
    }

    private static String render(Clause clause, List<Object> values, Map<?, ?> query) {
        StringBuilder path = new StringBuilder();
        int next = 0;
        for (Segment segment : clause.segments()) {
            path.append('/');
            switch (segment.kind()) {
                case STATIC -> path.append(Query.encodePathSegment(segment.prefix()));
                case PARAM ->
                    path.append(Query.encodePathSegment(segment.prefix()))
                            .append(Query.encodePathSegment(Param.toParam(values.get(next++))));
                case GLOB -> path.append(glob(values.get(next++)));
            }
        }
        if (path.length() == 0 || clause.trailingSlash()) {
            path.append('/');
        }
        if (!query.isEmpty()) {
            Map<Object, Object> kept = new LinkedHashMap<>(query);
            kept.keySet().removeIf(k -> clause.bindings().contains(String.valueOf(k)));
            String encoded = Query.encode(kept);
            if (!encoded.isEmpty()) {
                path.append('?').append(encoded);
            }
        }
        return path.toString();
    }

    private static String glob(Object value) {
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object part : list) {
                parts.add(Query.encodePathSegment(Param.toParam(part)));
            }
            return String.join("/", parts);
        }
        return Query.encodePathSegment(Param.toParam(value));
    }
}
