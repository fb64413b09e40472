package guides.routing;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import org.springframework.stereotype.Component;

/** Users. */
@Component
public class UserController {

    public Conn index(Conn conn, Params params) {
        return text(conn, "user index " + params.getString("id"));
    }

    public Conn edit(Conn conn, Params params) {
        return text(conn, "user edit " + params.getString("id"));
    }

    public Conn new_(Conn conn, Params params) {
        return text(conn, "user new " + params.getString("id"));
    }

    public Conn show(Conn conn, Params params) {
        return text(conn, "user show " + params.getString("id"));
    }

    public Conn create(Conn conn, Params params) {
        return text(conn, "user create " + params.getString("id"));
    }

    public Conn update(Conn conn, Params params) {
        return text(conn, "user update " + params.getString("id"));
    }

    public Conn delete(Conn conn, Params params) {
        return text(conn, "user delete " + params.getString("id"));
    }
}
