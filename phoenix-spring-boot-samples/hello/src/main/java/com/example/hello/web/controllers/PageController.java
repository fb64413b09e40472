package com.example.hello.web.controllers;

import static io.phoenixspring.controller.Controller.html;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.router.Routes;
import io.phoenixspring.view.Html;
import org.springframework.stereotype.Component;

/** The welcome page. */
@Component
public class PageController {

    private final Routes routes;

    public PageController(Routes routes) {
        this.routes = routes;
    }

    public Conn index(Conn conn, Params params) {
        String locale = conn.getAssign("locale");
        return html(
                conn,
                Layout.page(
                        "Welcome to Phoenix!",
                        "<section class=\"phx-hero\"><h1>Welcome to Phoenix!</h1>"
                                + "<p>Peace of mind from prototype to production</p></section>"
                                + "<p><a href=\"" + routes.path(conn, "hello", "index") + "\">Say hello</a></p>"
                                + "<p>Locale: " + Html.escape(String.valueOf(locale)) + "</p>"));
    }
}
