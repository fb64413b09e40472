package io.phoenixspring.router;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.controller.Actions;
import io.phoenixspring.controller.BuiltinPlugs;
import io.phoenixspring.plug.Pipeline;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.router.internal.RouteTrie;
import io.phoenixspring.router.internal.Segment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of every {@link RouterConfigurer}, compiled once at startup: controllers and actions resolved,
 * pipelines built, paths indexed in a trie. Immutable and safe to share between threads.
 */
public final class RouteTable {

    private static final Logger LOG = LoggerFactory.getLogger(RouteTable.class);

    /**
     * A compiled route: what {@link RouterPlug} runs on a match.
     *
     * @param observed what a telemetry observer is told of a dispatch of this route: its method, pattern, plug and
     *     action (the method is the request's for a route of any verb)
     */
    record Compiled(
            Route route, List<Segment> segments, List<Plug> pipelines, Plug target, Map<String, String> observed) {

        Compiled(Route route, List<Segment> segments, List<Plug> pipelines, Plug target) {
            this(
                    route,
                    segments,
                    pipelines,
                    target,
                    Map.of(
                            "method", route.verb(),
                            "route", route.path(),
                            "plug", userClass(route.plug()).getName(),
                            "action", route.plugOpts()));
        }

        /** What a telemetry observer is told of a dispatch of this route for a request of {@code method}. */
        Map<String, String> observed(String method) {
            if (route.verb().equals(method)) {
                return observed;
            }
            Map<String, String> tags = new HashMap<>(observed);
            tags.put("method", method);
            return tags;
        }

        boolean accepts(String method, String host) {
            String verb = route.verb();
            if (!verb.equals("*") && !verb.equals(method)) {
                return false;
            }
            String routeHost = route.host();
            return routeHost == null || (routeHost.endsWith(".") ? host.startsWith(routeHost) : host.equals(routeHost));
        }
    }

    /**
     * A route matched against a request.
     *
     * @param route the route
     * @param pathParams the params taken from the path
     * @param consumed how many path segments a forward moves to the script name
     */
    public record Match(Route route, Map<String, Object> pathParams, int consumed) {}

    private final List<Compiled> compiled;
    private final RouteTrie<Compiled> trie = new RouteTrie<>();
    private final String name;
    private final Map<String, Plug> pipelines;

    private RouteTable(List<Compiled> compiled, String name, Map<String, Plug> pipelines) {
        this.compiled = List.copyOf(compiled);
        this.name = name;
        this.pipelines = Map.copyOf(pipelines);
        for (Compiled route : compiled) {
            trie.add(route.segments(), route.route().forward(), route);
        }
    }

    /**
     * Compiles the declarations of {@code configurers}.
     *
     * @param configurers the router beans, in order
     * @param controllers gives the controller instance for a class (a Spring bean)
     * @param classLoader loads controllers named by text
     * @throws RouterException naming the route and the fix when a route cannot work
     */
    public static RouteTable compile(
            List<RouterConfigurer> configurers, Function<Class<?>, Object> controllers, ClassLoader classLoader) {
        List<Compiled> compiled = new ArrayList<>();
        Map<Object, Map<String, Plug>> pipelines = new HashMap<>();
        Map<String, Object> instances = new HashMap<>();
        List<String> names = new ArrayList<>();
        Map<String, Plug> named = new java.util.LinkedHashMap<>();
        for (RouterConfigurer configurer : configurers) {
            Router router = new Router(configurer);
            configurer.configure(router);
            names.add(userClass(configurer.getClass()).getSimpleName());
            for (RouteSpec spec : router.specs) {
                compiled.add(compile(spec, controllers, classLoader, pipelines, instances));
            }
            Map<String, Plug> built = pipelines.computeIfAbsent(router, k -> new HashMap<>());
            for (String name : router.pipelines.keySet()) {
                Plug pipeline = pipeline(router, "pipeline \"" + name + "\"", name, built, new ArrayList<>());
                named.putIfAbsent(name, pipeline);
            }
        }
        warnDuplicates(compiled);
        return new RouteTable(compiled, names.isEmpty() ? "no router" : String.join(", ", names), named);
    }

    private static Compiled compile(
            RouteSpec spec,
            Function<Class<?>, Object> controllers,
            ClassLoader classLoader,
            Map<Object, Map<String, Plug>> pipelines,
            Map<String, Object> instances) {
        List<Segment> segments;
        try {
            segments = Segment.parse(spec.path());
        } catch (IllegalArgumentException e) {
            throw new RouterException("route " + spec.describe() + ": " + e.getMessage(), e);
        }
        List<Plug> pipes = new ArrayList<>();
        Map<String, Plug> ownerPipelines = pipelines.computeIfAbsent(spec.owner(), k -> new HashMap<>());
        for (String pipe : spec.pipeThrough()) {
            pipes.add(pipeline(spec.owner(), "route " + spec.describe(), pipe, ownerPipelines, new ArrayList<>()));
        }
        Class<?> type;
        Plug target;
        if (spec.plug() != null) {
            type = spec.plug().getClass();
            target = spec.plug();
        } else {
            type = controllerClass(spec, classLoader);
            Object instance = instances.computeIfAbsent(type.getName(), k -> controllers.apply(type));
            try {
                target = Actions.of(
                        instance,
                        spec.action(),
                        t -> instances.computeIfAbsent(t.getName(), k -> controllers.apply(t)));
            } catch (IllegalArgumentException e) {
                throw new RouterException("route " + spec.describe() + ": " + e.getMessage(), e);
            }
        }
        Route route = new Route(
                spec.verb(),
                spec.path(),
                spec.helper(),
                type,
                spec.action(),
                spec.pipeThrough(),
                spec.host(),
                spec.forward(),
                spec.trailingSlash(),
                spec.privateData(),
                spec.assigns(),
                spec.metadata(),
                spec.log());
        return new Compiled(route, segments, List.copyOf(pipes), target);
    }

    private static Class<?> controllerClass(RouteSpec spec, ClassLoader classLoader) {
        if (spec.controller() != null) {
            return spec.controller();
        }
        String name = String.valueOf(spec.controllerName());
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new RouterException(
                    "route " + spec.describe() + ": controller class " + name + " does not exist;"
                            + " check the scope's alias and the controller name, or pass the class itself",
                    e);
        }
    }

    private static Plug pipeline(
            Router owner, String where, String name, Map<String, Plug> built, List<String> resolving) {
        Plug done = built.get(name);
        if (done != null) {
            return done;
        }
        PipelineBuilder builder = owner.pipelines.get(name);
        if (builder == null) {
            throw new RouterException(where + " pipes through \"" + name + "\", which is not a"
                    + " pipeline of " + userClass(owner.bean().getClass()).getName() + "; declare it with"
                    + " router.pipeline(\"" + name + "\", p -> ...) or fix the name (pipelines: "
                    + owner.pipelines.keySet() + ")");
        }
        if (resolving.contains(name)) {
            throw new RouterException(
                    "pipeline \"" + name + "\" includes itself through " + resolving + "; remove the cycle");
        }
        resolving.add(name);
        List<Plug> plugs = new ArrayList<>();
        for (PipelineBuilder.Entry entry : builder.entries()) {
            if (entry.plug() != null) {
                plugs.add(entry.plug());
            } else if (entry.options() == null && owner.pipelines.containsKey(entry.name())) {
                plugs.add(pipeline(owner, where, String.valueOf(entry.name()), built, resolving));
            } else {
                plugs.add(functionPlug(owner.bean(), String.valueOf(entry.name()), entry.options(), name));
            }
        }
        resolving.remove(name);
        Plug pipeline = new Pipeline(name, plugs);
        built.put(name, pipeline);
        return pipeline;
    }

    private static Plug functionPlug(Object bean, String name, @Nullable Object options, String pipeline) {
        for (Method method : bean.getClass().getMethods()) {
            if (!method.getName().equals(name)
                    || Modifier.isStatic(method.getModifiers())
                    || method.getReturnType() != Conn.class) {
                continue;
            }
            Class<?>[] types = method.getParameterTypes();
            try {
                if (types.length == 1 && types[0] == Conn.class) {
                    MethodHandle handle = MethodHandles.publicLookup()
                            .unreflect(method)
                            .bindTo(bean)
                            .asType(MethodType.methodType(Conn.class, Conn.class));
                    return conn -> invoke(handle, conn);
                }
                if (types.length == 2 && types[0] == Conn.class && types[1] == Object.class) {
                    MethodHandle handle = MethodHandles.insertArguments(
                                    MethodHandles.publicLookup()
                                            .unreflect(method)
                                            .bindTo(bean),
                                    1,
                                    options)
                            .asType(MethodType.methodType(Conn.class, Conn.class));
                    return conn -> invoke(handle, conn);
                }
            } catch (IllegalAccessException e) {
                throw new RouterException(
                        "function plug " + name + " of " + bean.getClass().getName()
                                + " is not accessible; make the class and the method public",
                        e);
            }
        }
        Optional<Plug> builtin;
        try {
            builtin = BuiltinPlugs.find(name, options);
        } catch (IllegalArgumentException e) {
            throw new RouterException("pipeline \"" + pipeline + "\" plugs \"" + name + "\": " + e.getMessage(), e);
        }
        return builtin.orElseThrow(() -> new RouterException("pipeline \"" + pipeline + "\" plugs \"" + name
                + "\", which is neither a pipeline nor a public method `Conn " + name + "(Conn conn)` (or `(Conn conn,"
                + " Object opts)`) of " + userClass(bean.getClass()).getName() + " nor a built-in plug "
                + BuiltinPlugs.NAMES + "; add the method or fix the name"));
    }

    private static Conn invoke(MethodHandle handle, Conn conn) {
        try {
            return (Conn) handle.invokeExact(conn);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("function plug threw " + e, e);
        }
    }

    private static void warnDuplicates(List<Compiled> compiled) {
        Map<String, Route> seen = new HashMap<>();
        for (Compiled c : compiled) {
            Route route = c.route();
            String shape =
                    route.verb() + " " + route.host() + " " + route.path().replaceAll(":[A-Za-z0-9_]+", ":");
            Route previous = seen.putIfAbsent(shape, route);
            if (previous != null) {
                LOG.warn(
                        "route {} {} -> {} :{} can never match: {} {} -> {} :{} is declared before it and always"
                                + " matches first; remove one or reorder them",
                        route.verb(),
                        route.path(),
                        route.plug().getSimpleName(),
                        route.plugOpts(),
                        previous.verb(),
                        previous.path(),
                        previous.plug().getSimpleName(),
                        previous.plugOpts());
            }
        }
    }

    /** The class a CGLIB proxy stands for; a lambda ({@code Outer$$Lambda}) keeps its own, which names its outer class. */
    static Class<?> userClass(Class<?> type) {
        Class<?> superclass = type.getSuperclass();
        return type.getName().contains("$$") && superclass != null && superclass != Object.class ? superclass : type;
    }

    // ================================================================ queries

    /** Every route, in declaration order. */
    public List<Route> routes() {
        return compiled.stream().map(Compiled::route).toList();
    }

    /**
     * The pipeline declared as {@code name} (by the first router that declares it).
     *
     * @throws RouterException naming the pipelines when there is none of that name
     */
    public Plug pipeline(String name) {
        Plug pipeline = pipelines.get(name);
        if (pipeline == null) {
            throw new RouterException("no pipeline \"" + name + "\"; the pipelines are " + pipelines.keySet());
        }
        return pipeline;
    }

    /** The names of the routers compiled, for messages. */
    public String name() {
        return name;
    }

    /** The route for {@code method} and decoded path {@code segments} on {@code host}, declared first. */
    public Optional<Match> match(String method, String host, List<String> segments) {
        RouteTrie.Match<Compiled> match = trie.match(segments, c -> c.accepts(method, host));
        return match == null
                ? Optional.empty()
                : Optional.of(new Match(match.route().route(), match.params(), match.consumed()));
    }

    /**
     * What route {@code method} and {@code path} on {@code host} reach, as {@code Phoenix.Router.route_info/4}; the
     * path is split but not percent-decoded.
     */
    public Optional<RouteInfo> routeInfo(String method, String path, String host) {
        return match(method, host, Conn.splitPath(path)).map(m -> new RouteInfo(m.route(), m.pathParams()));
    }

    RouteTrie.@Nullable Match<Compiled> matchCompiled(String method, String host, List<String> segments) {
        return trie.match(segments, c -> c.accepts(method, host));
    }
}
