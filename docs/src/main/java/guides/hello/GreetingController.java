package guides.hello;

import static io.phoenixspring.controller.Controller.render;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The README's hello world: a controller rendering templates/greeting/show.html. */
@Component
public class GreetingController {
    public Conn show(Conn conn, Params params) {
        return render(conn, "show.html", Map.of("name", params.getString("name")));
    }
}
