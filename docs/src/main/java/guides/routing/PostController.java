package guides.routing;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import org.springframework.stereotype.Component;

/** A user's posts. */
@Component
public class PostController {

    public Conn index(Conn conn, Params params) {
        return text(conn, "post index " + params.getString("id"));
    }

    public Conn edit(Conn conn, Params params) {
        return text(conn, "post edit " + params.getString("id"));
    }

    public Conn new_(Conn conn, Params params) {
        return text(conn, "post new " + params.getString("id"));
    }

    public Conn show(Conn conn, Params params) {
        return text(conn, "post show " + params.getString("id"));
    }

    public Conn create(Conn conn, Params params) {
        return text(conn, "post create " + params.getString("id"));
    }

    public Conn update(Conn conn, Params params) {
        return text(conn, "post update " + params.getString("id"));
    }

    public Conn delete(Conn conn, Params params) {
        return text(conn, "post delete " + params.getString("id"));
    }
}
