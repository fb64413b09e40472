package io.phoenixspring.router;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code resources}, as {@code Phoenix.Router.resources/4}'s.
 *
 * <pre>{@code
 * s.resources("/posts", PostController.class, ResourceOptions.only("index", "show"));
 * s.resources("/account", AccountController.class, ResourceOptions.singleton().only("show"));
 * }</pre>
 */
public final class ResourceOptions {

    @Nullable
    List<String> only;

    @Nullable
    List<String> except;

    String param = "id";

    @Nullable
    String name;

    @Nullable
    String as;

    boolean singleton;

    private ResourceOptions() {}

    /** No options: the eight routes of the seven actions. */
    public static ResourceOptions options() {
        return new ResourceOptions();
    }

    /** Only these actions' routes. */
    public static ResourceOptions only(String... actions) {
        return new ResourceOptions().withOnly(actions);
    }

    /** All actions' routes but these. */
    public static ResourceOptions except(String... actions) {
        return new ResourceOptions().withExcept(actions);
    }

    /** A singleton resource: looked up without an id, no index. */
    public static ResourceOptions singleton() {
        ResourceOptions options = new ResourceOptions();
        options.singleton = true;
        return options;
    }

    /** Only these actions' routes. */
    public ResourceOptions withOnly(String... actions) {
        this.only = List.of(actions);
        return this;
    }

    /** All actions' routes but these. */
    public ResourceOptions withExcept(String... actions) {
        this.except = List.of(actions);
        return this;
    }

    /** The member param's name, {@code id} by default: {@code param("slug")} gives {@code /users/:slug}. */
    public ResourceOptions param(String param) {
        this.param = param;
        return this;
    }

    /** The resource name used for the helper and the nested param, derived from the controller by default. */
    public ResourceOptions name(String name) {
        this.name = name;
        return this;
    }

    /** The helper name only. */
    public ResourceOptions as(String as) {
        this.as = as;
        return this;
    }
}
