package guides.routing.admin;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import org.springframework.stereotype.Component;

/** The admin reviews: all seven actions. */
@Component("adminReviewController")
public class ReviewController {

    public Conn index(Conn conn, Params params) {
        return text(conn, "admin reviews");
    }

    public Conn edit(Conn conn, Params params) {
        return text(conn, "edit review " + params.getString("id"));
    }

    public Conn new_(Conn conn, Params params) {
        return text(conn, "new review");
    }

    public Conn show(Conn conn, Params params) {
        return text(conn, "review " + params.getString("id"));
    }

    public Conn create(Conn conn, Params params) {
        return text(conn.putStatus(201), "created");
    }

    public Conn update(Conn conn, Params params) {
        return text(conn, "updated review " + params.getString("id"));
    }

    public Conn delete(Conn conn, Params params) {
        return text(conn, "deleted review " + params.getString("id"));
    }
}
