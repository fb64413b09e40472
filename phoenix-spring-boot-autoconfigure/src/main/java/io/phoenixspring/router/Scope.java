package io.phoenixspring.router;

import io.phoenixspring.plug.Plug;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;

/**
 * The routes of one scope, as the body of {@code scope "/admin", HelloWeb.Admin, as: :admin do ... end}: verbs,
 * {@code match}, {@code resources}, {@code forward}, nested scopes and {@code pipeThrough}.
 *
 * <p>Routes are matched in the order declared; the first that matches wins. Each route runs the pipelines piped
 * through so far in its scope and the enclosing ones, outer first.
 */
public class Scope {

    private static final List<String> ACTIONS = List.of("index", "edit", "new", "show", "create", "update", "delete");

    final Router root;
    private final String path;
    private final @Nullable String alias;
    private final List<String> as;
    private final @Nullable String host;
    private final Map<String, Object> privateData;
    private final Map<String, Object> assigns;
    private final boolean trailingSlash;
    private final @Nullable Level log;
    private final List<String> pipes;

    Scope(@Nullable Router root) {
        this.root = root == null ? (Router) this : root;
        this.path = "";
        this.alias = null;
        this.as = List.of();
        this.host = null;
        this.privateData = Map.of();
        this.assigns = Map.of();
        this.trailingSlash = false;
        this.log = Level.DEBUG;
        this.pipes = new ArrayList<>();
    }

    private Scope(Scope parent, ScopeOptions options) {
        this.root = parent.root;
        this.path = options.path == null ? parent.path : join(parent.path, options.path);
        this.alias = options.resetAlias
                ? null
                : options.alias == null ? parent.alias : joinAlias(parent.alias, options.alias);
        List<String> helpers = new ArrayList<>(options.resetAs ? List.of() : parent.as);
        if (options.as != null) {
            helpers.add(options.as);
        }
        this.as = List.copyOf(helpers);
        this.host = options.host == null ? parent.host : options.host;
        this.privateData = merge(parent.privateData, options.privateData);
        this.assigns = merge(parent.assigns, options.assigns);
        this.trailingSlash = options.trailingSlash == null ? parent.trailingSlash : options.trailingSlash;
        this.log = options.logSet ? options.log : parent.log;
        this.pipes = new ArrayList<>(parent.pipes);
    }

    // ================================================================ scopes and pipelines

    /** A nested scope under {@code path}. */
    public Scope scope(String path, Consumer<Scope> routes) {
        return scope(ScopeOptions.path(path), routes);
    }

    /** A nested scope under {@code path} whose controller names are relative to the package {@code alias}. */
    public Scope scope(String path, String alias, Consumer<Scope> routes) {
        return scope(ScopeOptions.path(path).alias(alias), routes);
    }

    /** A nested scope with {@code options}. */
    public Scope scope(ScopeOptions options, Consumer<Scope> routes) {
        if (options.as != null && options.as.equals("static")) {
            throw new RouterException("`static` is a reserved route prefix generated from the scope `as` option;"
                    + " choose another name");
        }
        routes.accept(new Scope(this, options));
        return this;
    }

    /** Runs {@code pipelines}, in order, before every route declared after this call in this scope. */
    public Scope pipeThrough(String... pipelines) {
        for (String pipeline : pipelines) {
            if (pipes.contains(pipeline)) {
                throw new RouterException("duplicate pipeThrough for \"" + pipeline + "\" in scope \""
                        + (path.isEmpty() ? "/" : path) + "\". A plug may only be used once inside a scoped"
                        + " pipeThrough; remove the repeated call");
            }
            pipes.add(pipeline);
        }
        return this;
    }

    /** The fully qualified class name {@code name} stands for in this scope. */
    public String scopedAlias(String name) {
        return alias == null ? name : alias + "." + name;
    }

    // ================================================================ verbs

    /** {@code GET path} to {@code controller}'s {@code action}. */
    public Scope get(String path, Class<?> controller, String action) {
        return match("GET", path, controller, action, RouteOptions.options());
    }

    /** {@code GET path} to {@code controller}'s {@code action}, with options. */
    public Scope get(String path, Class<?> controller, String action, RouteOptions options) {
        return match("GET", path, controller, action, options);
    }

    /** {@code GET path} to the controller named {@code controller} in this scope's alias. */
    public Scope get(String path, String controller, String action) {
        return match("GET", path, controller, action, RouteOptions.options());
    }

    /** {@code GET path} to {@code plug}. */
    public Scope get(String path, Plug plug) {
        return match("GET", path, plug, RouteOptions.options());
    }

    /** {@code POST path}. */
    public Scope post(String path, Class<?> controller, String action) {
        return match("POST", path, controller, action, RouteOptions.options());
    }

    /** {@code POST path}, with options. */
    public Scope post(String path, Class<?> controller, String action, RouteOptions options) {
        return match("POST", path, controller, action, options);
    }

    /** {@code PUT path}. */
    public Scope put(String path, Class<?> controller, String action) {
        return match("PUT", path, controller, action, RouteOptions.options());
    }

    /** {@code PATCH path}. */
    public Scope patch(String path, Class<?> controller, String action) {
        return match("PATCH", path, controller, action, RouteOptions.options());
    }

    /** {@code DELETE path}. */
    public Scope delete(String path, Class<?> controller, String action) {
        return match("DELETE", path, controller, action, RouteOptions.options());
    }

    /** {@code OPTIONS path}. */
    public Scope options(String path, Class<?> controller, String action) {
        return match("OPTIONS", path, controller, action, RouteOptions.options());
    }

    /** {@code HEAD path}. */
    public Scope head(String path, Class<?> controller, String action) {
        return match("HEAD", path, controller, action, RouteOptions.options());
    }

    /** {@code CONNECT path}. */
    public Scope connect(String path, Class<?> controller, String action) {
        return match("CONNECT", path, controller, action, RouteOptions.options());
    }

    /** {@code TRACE path}. */
    public Scope trace(String path, Class<?> controller, String action) {
        return match("TRACE", path, controller, action, RouteOptions.options());
    }

    /** Any {@code verb} (e.g. {@code "MOVE"}, or {@code "*"} for every verb) to {@code controller}'s action. */
    public Scope match(String verb, String path, Class<?> controller, String action) {
        return match(verb, path, controller, action, RouteOptions.options());
    }

    /** Any {@code verb} to {@code controller}'s action, with options. */
    public Scope match(String verb, String path, Class<?> controller, String action, RouteOptions options) {
        String helper = helper(options, resourceName(controller.getSimpleName()));
        return add(verb, path, helper, controller, null, action, null, false, options);
    }

    /** Any {@code verb} to the controller named {@code controller} in this scope's alias. */
    public Scope match(String verb, String path, String controller, String action, RouteOptions options) {
        String qualified = options.noAlias ? controller : scopedAlias(controller);
        String simple = qualified.substring(Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('$')) + 1);
        String helper = helper(options, resourceName(simple));
        return add(verb, path, helper, null, qualified, action, null, false, options);
    }

    /** Any {@code verb} to {@code plug}. */
    public Scope match(String verb, String path, Plug plug, RouteOptions options) {
        String helper = helper(options, resourceName(plug.getClass().getSimpleName()));
        return add(verb, path, helper, null, null, "[]", plug, false, options);
    }

    // ================================================================ forward

    /**
     * Sends every request under {@code path} to {@code plug}, which sees the rest of the path as its path info (the
     * prefix moves to the script name). The pipelines piped through so far run first.
     */
    public Scope forward(String path, Plug plug) {
        return forward(path, plug, ScopeOptions.options());
    }

    /** {@link #forward(String, Plug)} with the router options of a scope. */
    public Scope forward(String path, Plug plug, ScopeOptions routerOptions) {
        if (path.contains(":") || path.contains("*")) {
            throw new RouterException(
                    "dynamic segment \"" + path + "\" not allowed when forwarding. Use a static" + " path instead.");
        }
        if (!root.forwarded.add(plug.getClass())) {
            throw new RouterException(plug.getClass().getName() + " has already been forwarded to. A module can only"
                    + " be forwarded a single time.");
        }
        Scope scope = new Scope(this, routerOptions);
        RouteOptions options = RouteOptions.options().noHelper();
        scope.add("*", path, null, null, null, "[]", plug, true, options);
        return this;
    }

    // ================================================================ resources

    /** The eight routes of {@code controller}'s seven actions under {@code path}. */
    public Scope resources(String path, Class<?> controller) {
        return resources(path, controller, ResourceOptions.options(), s -> {});
    }

    /** Resources with options ({@code only}, {@code except}, {@code param}, {@code name}, {@code as}, singleton). */
    public Scope resources(String path, Class<?> controller, ResourceOptions options) {
        return resources(path, controller, options, s -> {});
    }

    /** Resources with nested routes, whose paths start {@code /path/:<name>_id}. */
    public Scope resources(String path, Class<?> controller, Consumer<Scope> nested) {
        return resources(path, controller, ResourceOptions.options(), nested);
    }

    /** Resources with options and nested routes. */
    public Scope resources(String path, Class<?> controller, ResourceOptions options, Consumer<Scope> nested) {
        String name = options.name != null ? options.name : resourceName(controller.getSimpleName());
        String as = options.as != null ? options.as : name;
        List<String> actions = actions(options);
        String member = options.singleton ? path : join(path, "/:" + options.param);
        RouteOptions helperOptions = RouteOptions.as(as);
        if (actions.contains("index")) {
            match("GET", path, controller, "index", helperOptions);
        }
        if (actions.contains("edit")) {
            match("GET", join(member, "/edit"), controller, "edit", helperOptions);
        }
        if (actions.contains("new")) {
            match("GET", join(path, "/new"), controller, "new", helperOptions);
        }
        if (actions.contains("show")) {
            match("GET", member, controller, "show", helperOptions);
        }
        if (actions.contains("create")) {
            match("POST", path, controller, "create", helperOptions);
        }
        if (actions.contains("update")) {
            match("PATCH", member, controller, "update", helperOptions);
            match("PUT", member, controller, "update", RouteOptions.options().noHelper());
        }
        if (actions.contains("delete")) {
            match("DELETE", member, controller, "delete", helperOptions);
        }
        String nestedPath = options.singleton ? path : join(path, "/:" + name + "_" + options.param);
        scope(ScopeOptions.path(nestedPath).as(as), nested);
        return this;
    }

    /** Resources of the controller named {@code controller} in this scope's alias ({@code "ReviewController"}). */
    public Scope resources(String path, String controller) {
        return resources(path, controllerClass(controller), ResourceOptions.options(), s -> {});
    }

    /** Resources of the controller named {@code controller} in this scope's alias, with options. */
    public Scope resources(String path, String controller, ResourceOptions options) {
        return resources(path, controllerClass(controller), options, s -> {});
    }

    /** Resources of the controller named {@code controller} in this scope's alias, with options and nested routes. */
    public Scope resources(String path, String controller, ResourceOptions options, Consumer<Scope> nested) {
        return resources(path, controllerClass(controller), options, nested);
    }

    private Class<?> controllerClass(String controller) {
        String name = scopedAlias(controller);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(name, false, loader == null ? Scope.class.getClassLoader() : loader);
        } catch (ClassNotFoundException e) {
            throw new RouterException(
                    "controller class " + name + " does not exist; check the scope's alias and"
                            + " the controller name, or pass the class itself",
                    e);
        }
    }

    private static List<String> actions(ResourceOptions options) {
        List<String> supported = options.singleton ? ACTIONS.subList(1, ACTIONS.size()) : ACTIONS;
        if (options.only != null) {
            validate("only", options.only, supported, options.singleton);
            return options.only;
        }
        if (options.except != null) {
            validate("except", options.except, supported, options.singleton);
            List<String> kept = new ArrayList<>(supported);
            kept.removeAll(options.except);
            return kept;
        }
        return supported;
    }

    private static void validate(String option, List<String> given, List<String> supported, boolean singleton) {
        List<String> invalid =
                given.stream().filter(a -> !supported.contains(a)).toList();
        if (!invalid.isEmpty()) {
            throw new RouterException("invalid :" + option + " action(s) passed to resources.\n\nsupported "
                    + (singleton ? "singleton " : "") + "actions: " + atoms(supported) + "\n\ngot: " + atoms(invalid));
        }
    }

    private static String atoms(List<String> names) {
        return names.stream().map(n -> ":" + n).toList().toString();
    }

    // ================================================================ internals

    private Scope add(
            String verb,
            String routePath,
            @Nullable String helper,
            @Nullable Class<?> controller,
            @Nullable String controllerName,
            String action,
            @Nullable Plug plug,
            boolean forward,
            RouteOptions options) {
        if (!routePath.startsWith("/")) {
            throw new RouterException(
                    "route path \"" + routePath + "\" must start with /; write \"/" + routePath + "\"");
        }
        String full = join(path, routePath);
        String routeHost = options.host != null ? options.host : host;
        boolean slash = options.trailingSlash != null ? options.trailingSlash : trailingSlash;
        root.specs.add(new RouteSpec(
                verb.toUpperCase(Locale.ROOT),
                full.isEmpty() ? "/" : full,
                helper,
                controller,
                controllerName,
                action,
                plug,
                List.copyOf(pipes),
                routeHost,
                forward,
                slash,
                merge(privateData, options.privateData),
                merge(assigns, options.assigns),
                Map.copyOf(options.metadata),
                options.logSet ? options.log : log,
                root));
        return this;
    }

    private @Nullable String helper(RouteOptions options, String defaultName) {
        if (options.noHelper) {
            return null;
        }
        String name = options.as != null ? options.as : defaultName;
        if (name.equals("static")) {
            throw new RouterException("`static` is a reserved route prefix generated from the route's `as` option;"
                    + " choose another name");
        }
        List<String> parts = new ArrayList<>(as);
        parts.add(name);
        return String.join("_", parts);
    }

    /** {@code UserController} gives {@code user}, {@code AdminReviewController} gives {@code admin_review}. */
    static String resourceName(String simpleName) {
        String base = simpleName.endsWith("Controller")
                ? simpleName.substring(0, simpleName.length() - "Controller".length())
                : simpleName;
        return underscore(base);
    }

    /** {@code MyApp} gives {@code my_app}, {@code SAPExample} gives {@code sap_example}. */
    static String underscore(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousLower =
                        i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                boolean previousUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
                if (i > 0 && (previousLower || (previousUpper && nextLower))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String join(String prefix, String suffix) {
        String joined = (prefix + "/" + suffix).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.equals("/") ? "" : joined;
    }

    private static String joinAlias(@Nullable String outer, String inner) {
        return outer == null || inner.startsWith(outer + ".") ? inner : outer + "." + inner;
    }

    private static Map<String, Object> merge(Map<String, Object> outer, Map<String, Object> inner) {
        if (inner.isEmpty()) {
            return outer;
        }
        Map<String, Object> merged = new LinkedHashMap<>(outer);
        merged.putAll(inner);
        return Map.copyOf(merged);
    }
}
