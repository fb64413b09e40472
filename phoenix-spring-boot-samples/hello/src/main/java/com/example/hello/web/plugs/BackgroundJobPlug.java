package com.example.hello.web.plugs;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.Plug;
import java.util.List;

/** The routing guide's forwarded plug: answers {@code /jobs/*} with its own sub-routes. */
public final class BackgroundJobPlug implements Plug {

    private final String name;

    public BackgroundJobPlug(String name) {
        this.name = name;
    }

    @Override
    public Conn call(Conn conn) {
        List<String> path = conn.pathInfo();
        if (path.isEmpty()) {
            return text(conn, name + " jobs: pending, active");
        }
        return switch (path.get(0)) {
            case "pending" ->
                text(conn, name + ": 0 pending jobs (mounted at /" + String.join("/", conn.scriptName()) + ")");
            case "active" -> text(conn, name + ": 1 active job");
            default -> text(conn.putStatus(404), "no such job list");
        };
    }
}
