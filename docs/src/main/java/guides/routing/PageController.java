package guides.routing;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import org.springframework.stereotype.Component;

/** The welcome page. */
@Component
public class PageController {

    public Conn index(Conn conn, Params params) {
        return text(conn, "Welcome to Phoenix!");
    }
}
