package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import java.util.List;

/**
 * A step a request goes through: takes the conn and returns it, changed, as Plug's {@code call/2}.
 *
 * <p>A function plug is a lambda or method reference; a module plug is a class whose constructor takes its options,
 * once, at startup (Plug's {@code init/1}), e.g. {@code new LocalePlug("en")}.
 *
 * <pre>{@code
 * Plug introspect = conn -> conn.putRespHeader("x-introspected", "1");
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/plug/Plug.html">Plug</a>
 */
@FunctionalInterface
public interface Plug {

    /** Runs this plug on {@code conn}. */
    Conn call(Conn conn);

    /** Runs {@code plugs} in order, stopping after the first that halts the conn. */
    static Conn run(List<? extends Plug> plugs, Conn conn) {
        for (int i = 0, n = plugs.size(); i < n; i++) {
            conn = plugs.get(i).call(conn);
            if (conn.isHalted()) {
                return conn;
            }
        }
        return conn;
    }
}
