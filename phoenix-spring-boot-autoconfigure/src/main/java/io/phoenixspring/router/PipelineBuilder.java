package io.phoenixspring.router;

import io.phoenixspring.plug.Plug;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plugs of one pipeline, in order, as the body of {@code pipeline :browser do ... end}.
 *
 * <pre>{@code
 * router.pipeline("review_checks", p -> p.plug("browser").plug("ensureAuthenticatedUser"));
 * }</pre>
 */
public final class PipelineBuilder {

    /** A plug given directly, or by the name of a pipeline or a function plug of the router bean. */
    public record Entry(
            @Nullable Plug plug,
            @Nullable String name,
            @Nullable Object options) {}

    private final List<Entry> entries = new ArrayList<>();

    PipelineBuilder() {}

    /** Adds {@code plug}. */
    public PipelineBuilder plug(Plug plug) {
        entries.add(new Entry(plug, null, null));
        return this;
    }

    /**
     * Adds the pipeline named {@code name}, or else the router bean's public method {@code Conn name(Conn)}.
     */
    public PipelineBuilder plug(String name) {
        entries.add(new Entry(null, name, null));
        return this;
    }

    /** Adds the router bean's public method {@code Conn name(Conn, Object options)} with {@code options}. */
    public PipelineBuilder plug(String name, Object options) {
        entries.add(new Entry(null, name, options));
        return this;
    }

    /** The entries, in order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
