package io.phoenixspring.router;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;

/**
 * The options of one route, as {@code Phoenix.Router.match/5}'s.
 *
 * <pre>{@code
 * s.get("/special", PageController.class, "special", RouteOptions.as("special_page"));
 * }</pre>
 */
public final class RouteOptions {

    @Nullable
    String as;

    boolean noHelper;
    boolean noAlias;

    @Nullable
    String host;

    final Map<String, Object> privateData = new LinkedHashMap<>();
    final Map<String, Object> assigns = new LinkedHashMap<>();
    final Map<String, Object> metadata = new LinkedHashMap<>();

    @Nullable
    Boolean trailingSlash;

    boolean logSet;

    @Nullable
    Level log;

    private RouteOptions() {}

    /** No options. */
    public static RouteOptions options() {
        return new RouteOptions();
    }

    /** Names the route's helper {@code as} (prefixed by the scope's). */
    public static RouteOptions as(String as) {
        RouteOptions options = new RouteOptions();
        options.as = as;
        return options;
    }

    /** Gives the route no helper ({@code as: nil}). */
    public RouteOptions noHelper() {
        this.noHelper = true;
        return this;
    }

    /** Does not apply the scope's alias to the controller name. */
    public RouteOptions noAlias() {
        this.noAlias = true;
        return this;
    }

    /** Limits the route to {@code host}, or to hosts starting with it when it ends with a dot. */
    public RouteOptions host(String host) {
        this.host = host;
        return this;
    }

    /** Merges {@code data} into the conn's private data on a match. */
    public RouteOptions privateData(Map<String, ?> data) {
        this.privateData.putAll(data);
        return this;
    }

    /** Merges {@code values} into the conn's assigns on a match. */
    public RouteOptions assigns(Map<String, ?> values) {
        this.assigns.putAll(values);
        return this;
    }

    /** Metadata for telemetry and {@code routeInfo}. */
    public RouteOptions metadata(Map<String, ?> values) {
        this.metadata.putAll(values);
        return this;
    }

    /** Whether the route's helper adds a trailing slash. */
    public RouteOptions trailingSlash(boolean trailingSlash) {
        this.trailingSlash = trailingSlash;
        return this;
    }
    /**
     * Logs the {@code Processing with ...} line of the route at {@code level} (default debug).
     */
    public RouteOptions log(Level level) {
        this.logSet = true;
        this.log = level;
        return this;
    }

    /** {@code log(false)} turns the {@code Processing with ...} line off ({@code log: false}); true restores debug. */
    public RouteOptions log(boolean enabled) {
        this.logSet = true;
        this.log = enabled ? Level.DEBUG : null;
        return this;
    }
}
