package com.example.hello.web.controllers;

import static io.phoenixspring.controller.Controller.render;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import org.springframework.stereotype.Component;

/** The welcome page, in HTML or, with {@code ?_format=text}, in text. */
@Component
public class PageController {

    public Conn index(Conn conn, Params params) {
        return render(conn, "index");
    }
}
