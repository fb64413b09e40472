package com.example.hello.web.controllers;

import static io.phoenixspring.controller.Controller.html;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.view.Html;
import org.springframework.stereotype.Component;

/** The getting-started guide's first pages. */
@Component
public class HelloController {

    public Conn index(Conn conn, Params params) {
        return html(conn, Layout.page("Hello", "<div class=\"phx-hero\"><h2>Hello World, from Phoenix!</h2></div>"));
    }

    public Conn show(Conn conn, Params params) {
        String messenger = Html.escape(String.valueOf(params.getString("messenger")));
        return html(
                conn,
                Layout.page("Hello", "<div class=\"phx-hero\"><h2>Hello World, from " + messenger + "!</h2></div>"));
    }
}
