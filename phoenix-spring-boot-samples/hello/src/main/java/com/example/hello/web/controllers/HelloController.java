package com.example.hello.web.controllers;

import static io.phoenixspring.controller.Controller.render;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The getting-started guide's first pages. */
@Component
public class HelloController {

    public Conn index(Conn conn, Params params) {
        return render(conn, "index.html");
    }

    public Conn show(Conn conn, Params params) {
        return render(conn, "show", Map.of("messenger", String.valueOf(params.getString("messenger"))));
    }
}
