package io.phoenixspring.router;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;

/**
 * One declared route, as {@code Phoenix.Router.routes/1} lists it.
 *
 * @param verb the HTTP method, upper case, or {@code "*"} for any
 * @param path the path pattern, e.g. {@code /users/:id}
 * @param helper the helper name without {@code _path} (e.g. {@code admin_review}), or null for none
 * @param plug the class that handles it: the controller or the plug
 * @param plugOpts the action name for a controller, or the plug's options as text
 * @param pipeThrough the pipelines run before it, outer scope first
 * @param host the host (or host prefix ending in {@code .}) it is limited to, or null
 * @param forward whether this is a {@code forward}: it matches the path and everything under it
 * @param trailingSlash whether helpers add a trailing slash
 * @param privateData merged into the conn's private data on a match
 * @param assigns merged into the conn's assigns on a match
 * @param metadata given to telemetry and {@code routeInfo}
 * @param log the level of the {@code Processing with ...} log line, or null for none ({@code log: false})
 */
public record Route(
        String verb,
        String path,
        @Nullable String helper,
        Class<?> plug,
        String plugOpts,
        List<String> pipeThrough,
        @Nullable String host,
        boolean forward,
        boolean trailingSlash,
        Map<String, Object> privateData,
        Map<String, Object> assigns,
        Map<String, Object> metadata,
        @Nullable Level log) {

    /** A route logged at debug level, Phoenix's default. */
    public Route(
            String verb,
            String path,
            @Nullable String helper,
            Class<?> plug,
            String plugOpts,
            List<String> pipeThrough,
            @Nullable String host,
            boolean forward,
            boolean trailingSlash,
            Map<String, Object> privateData,
            Map<String, Object> assigns,
            Map<String, Object> metadata) {
        this(
                verb,
                path,
                helper,
                plug,
                plugOpts,
                pipeThrough,
                host,
                forward,
                trailingSlash,
                privateData,
                assigns,
                metadata,
                Level.DEBUG);
    }

    public Route {
        pipeThrough = List.copyOf(pipeThrough);
        privateData = Map.copyOf(privateData);
        assigns = Map.copyOf(assigns);
        metadata = Map.copyOf(metadata);
    }

    /** The action for a controller route ({@code plugOpts}). */
    public String action() {
        return plugOpts;
    }
}
