package io.phoenixspring.controller;

import io.phoenixspring.plug.Plug;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The plugs a controller runs before its actions, each optionally limited to some actions. */
public final class PlugList {

    /**
     * One controller plug.
     *
     * @param plug the plug
     * @param only the actions it runs for, or null for all
     * @param except the actions it skips
     */
    public record Entry(Plug plug, @Nullable Set<String> only, Set<String> except) {

        /** Whether this plug runs before {@code action}. */
        public boolean appliesTo(String action) {
            return (only == null || only.contains(action)) && !except.contains(action);
        }
    }

    private final List<Guard> guards = new ArrayList<>();

    /** Adds {@code plug} for every action; limit it with {@link Guard#when} or {@link Guard#except}. */
    public Guard plug(Plug plug) {
        Guard guard = new Guard(plug);
        guards.add(guard);
        return guard;
    }

    /** The plugs declared, in order. */
    public List<Entry> entries() {
        return guards.stream().map(g -> new Entry(g.plug, g.only, g.except)).toList();
    }

    /** Limits one controller plug to some actions. */
    public static final class Guard {

        private final Plug plug;
        private @Nullable Set<String> only;
        private Set<String> except = Set.of();

        private Guard(Plug plug) {
            this.plug = plug;
        }

        /** Runs the plug only before these actions ({@code when action in [...]}). */
        public Guard when(String... actions) {
            this.only = Set.of(actions);
            return this;
        }

        /** Runs the plug before every action but these ({@code when action not in [...]}). */
        public Guard except(String... actions) {
            this.except = Set.of(actions);
            return this;
        }
    }
}
