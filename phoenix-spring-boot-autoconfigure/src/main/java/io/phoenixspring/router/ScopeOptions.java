package io.phoenixspring.router;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;

/**
 * The options of a {@code scope} (and of a {@code forward}'s router options), as {@code Phoenix.Router.scope/2}.
 *
 * <pre>{@code
 * router.scope(ScopeOptions.path("/api/v1").as("api_v1").alias("com.acme.api.v1"), s -> ...);
 * }</pre>
 */
public final class ScopeOptions {

    @Nullable
    String path;

    @Nullable
    String alias;

    boolean resetAlias;

    @Nullable
    String as;

    boolean resetAs;

    @Nullable
    String host;

    final Map<String, Object> privateData = new LinkedHashMap<>();
    final Map<String, Object> assigns = new LinkedHashMap<>();

    @Nullable
    Boolean trailingSlash;

    boolean logSet;

    @Nullable
    Level log;

    private ScopeOptions() {}

    /** Options with no path of their own. */
    public static ScopeOptions options() {
        return new ScopeOptions();
    }

    /** Options prefixing routes with {@code path}. */
    public static ScopeOptions path(String path) {
        ScopeOptions options = new ScopeOptions();
        options.path = path;
        return options;
    }

    /** Prefixes controller names given as text with the package {@code alias}. */
    public ScopeOptions alias(String alias) {
        this.alias = alias;
        return this;
    }

    /** Resets the alias: controller names inside must be fully qualified ({@code alias: false}). */
    public ScopeOptions noAlias() {
        this.resetAlias = true;
        return this;
    }

    /** Prefixes helper names with {@code as} and an underscore. */
    public ScopeOptions as(String as) {
        this.as = as;
        return this;
    }

    /** Resets the helper prefix of enclosing scopes ({@code as: false}). */
    public ScopeOptions noAs() {
        this.resetAs = true;
        return this;
    }

    /** Limits routes to {@code host}, or to hosts starting with it when it ends with a dot. */
    public ScopeOptions host(String host) {
        this.host = host;
        return this;
    }

    /** Merges {@code data} into the conn's private data when a route inside matches. */
    public ScopeOptions privateData(Map<String, ?> data) {
        this.privateData.putAll(data);
        return this;
    }

    /** Merges {@code values} into the conn's assigns when a route inside matches. */
    public ScopeOptions assigns(Map<String, ?> values) {
        this.assigns.putAll(values);
        return this;
    }

    /** Whether helpers of routes inside add a trailing slash. */
    public ScopeOptions trailingSlash(boolean trailingSlash) {
        this.trailingSlash = trailingSlash;
        return this;
    }
    /**
     * Logs the {@code Processing with ...} line of routes inside at {@code level} (default debug).
     */
    public ScopeOptions log(Level level) {
        this.logSet = true;
        this.log = level;
        return this;
    }

    /** {@code log(false)} turns the {@code Processing with ...} line off ({@code log: false}); true restores debug. */
    public ScopeOptions log(boolean enabled) {
        this.logSet = true;
        this.log = enabled ? Level.DEBUG : null;
        return this;
    }
}
