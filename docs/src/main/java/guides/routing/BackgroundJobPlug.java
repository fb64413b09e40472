package guides.routing;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.Plug;

/** A plug that requests under {@code /jobs} are forwarded to; it sees the rest of the path. */
public final class BackgroundJobPlug implements Plug {

    private final String name;

    /** The options, given once: Plug's {@code init/1}. */
    public BackgroundJobPlug(String name) {
        this.name = name;
    }

    @Override
    public Conn call(Conn conn) {
        return text(conn, name + ": " + String.join("/", conn.pathInfo()));
    }
}
