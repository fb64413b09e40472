package guides.plug;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.ControllerPlugs;
import io.phoenixspring.controller.PlugList;
import org.springframework.stereotype.Component;

/** The plug guide's composition with halt: each plug either assigns or redirects and halts. */
@Component
public class MessageController implements ControllerPlugs {

    @Override
    public void plugs(PlugList plugs) {
        plugs.plug(this::authenticate);
        plugs.plug(new LocalePlug("en")).when("show");
    }

    public Conn show(Conn conn, Params params) {
        return text(conn, "message " + params.getString("id") + " in " + conn.getAssign("locale"));
    }

    private Conn authenticate(Conn conn) {
        if (conn.firstReqHeader("authorization") != null) {
            return conn.assign("user", "jose");
        }
        return conn.putRespHeader("location", "/")
                .sendResp(302, "You must be logged in")
                .halt();
    }
}
