package io.phoenixspring.router;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The root of a {@link RouterConfigurer}'s declarations: pipelines, and routes outside any scope (which run no
 * pipeline). Everything a {@link Scope} declares is available here too.
 */
public final class Router extends Scope {

    final List<RouteSpec> specs = new ArrayList<>();
    final Map<String, PipelineBuilder> pipelines = new LinkedHashMap<>();
    final Set<Class<?>> forwarded = new HashSet<>();
    private final Object bean;

    /** A router collecting the declarations of {@code bean}, whose public methods are its named function plugs. */
    public Router(Object bean) {
        super(null);
        this.bean = bean;
    }

    /** Declares the pipeline {@code name}, usable from any scope of this router. */
    public Router pipeline(String name, Consumer<PipelineBuilder> plugs) {
        if (pipelines.containsKey(name)) {
            throw new RouterException("pipeline \"" + name + "\" is declared twice in "
                    + bean.getClass().getName() + "; give the second one another name");
        }
        PipelineBuilder builder = new PipelineBuilder();
        plugs.accept(builder);
        pipelines.put(name, builder);
        return this;
    }

    /** The bean whose declarations these are. */
    public Object bean() {
        return bean;
    }

    /** The pipelines declared, by name. */
    public Map<String, PipelineBuilder> pipelines() {
        return Map.copyOf(pipelines);
    }
}
