package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import java.util.List;

/**
 * A named series of plugs run in order until one halts, as a router {@code pipeline}. A pipeline is itself a plug, so
 * pipelines nest.
 *
 * @param name the pipeline's name, e.g. {@code "browser"}
 * @param plugs the plugs, in order
 */
public record Pipeline(String name, List<Plug> plugs) implements Plug {

    public Pipeline {
        plugs = List.copyOf(plugs);
    }

    @Override
    public Conn call(Conn conn) {
        return Plug.run(plugs, conn);
    }
}
