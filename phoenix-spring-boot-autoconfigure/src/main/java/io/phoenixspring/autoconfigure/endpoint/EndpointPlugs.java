package io.phoenixspring.autoconfigure.endpoint;

import io.phoenixspring.plug.Plug;
import java.util.ArrayList;
import java.util.List;

/**
 * The endpoint's plugs while they are being configured, handed to each {@link EndpointCustomizer}: the built-in
 * plugs in Phoenix's order, then what customizers add. The router always runs last.
 */
public final class EndpointPlugs {

    private final List<Plug> plugs;

    EndpointPlugs(List<Plug> builtIn) {
        this.plugs = new ArrayList<>(builtIn);
    }

    /** Adds {@code plug} after the plugs so far (before the router). */
    public EndpointPlugs plug(Plug plug) {
        plugs.add(plug);
        return this;
    }

    /** Adds {@code plug} just before the first plug of type {@code type}, or last when there is none. */
    public EndpointPlugs plugBefore(Class<? extends Plug> type, Plug plug) {
        for (int i = 0; i < plugs.size(); i++) {
            if (type.isInstance(plugs.get(i))) {
                plugs.add(i, plug);
                return this;
            }
        }
        plugs.add(plug);
        return this;
    }

    /** Replaces every plug of type {@code type} with {@code plug}. */
    public EndpointPlugs replace(Class<? extends Plug> type, Plug plug) {
        plugs.replaceAll(p -> type.isInstance(p) ? plug : p);
        return this;
    }

    /** Removes every plug of type {@code type}. */
    public EndpointPlugs remove(Class<? extends Plug> type) {
        plugs.removeIf(type::isInstance);
        return this;
    }

    /** The plugs so far, in order. */
    public List<Plug> plugs() {
        return List.copyOf(plugs);
    }
}
