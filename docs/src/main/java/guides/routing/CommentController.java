package guides.routing;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import org.springframework.stereotype.Component;

/** Comments. */
@Component
public class CommentController {

    public Conn index(Conn conn, Params params) {
        return text(conn, "comment index " + params.getString("id"));
    }

    public Conn edit(Conn conn, Params params) {
        return text(conn, "comment edit " + params.getString("id"));
    }

    public Conn new_(Conn conn, Params params) {
        return text(conn, "comment new " + params.getString("id"));
    }

    public Conn show(Conn conn, Params params) {
        return text(conn, "comment show " + params.getString("id"));
    }

    public Conn create(Conn conn, Params params) {
        return text(conn, "comment create " + params.getString("id"));
    }

    public Conn update(Conn conn, Params params) {
        return text(conn, "comment update " + params.getString("id"));
    }
}
