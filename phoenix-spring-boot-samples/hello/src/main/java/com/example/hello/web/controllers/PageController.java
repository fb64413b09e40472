package com.example.hello.web.controllers;

import static io.phoenixspring.controller.Controller.render;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import org.springframework.stereotype.Component;

/** The welcome page, in HTML or, with {@code ?_format=text}, in text; and a page that fails, for the error page. */
@Component
public class PageController {

    public Conn index(Conn conn, Params params) {
        return render(conn, "index");
    }

    /** Fails, to show the custom 500 page (and, in the dev profile, the debug page). */
    public Conn oops(Conn conn, Params params) {
        throw new IllegalStateException("this page fails on purpose, to show the 500 page");
    }
}
