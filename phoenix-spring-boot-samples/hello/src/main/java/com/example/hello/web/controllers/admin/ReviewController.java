package com.example.hello.web.controllers.admin;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import org.springframework.stereotype.Component;

/** The routing guide's admin reviews. */
@Component("adminReviewController")
public class ReviewController {

    public Conn index(Conn conn, Params params) {
        return text(conn, "admin: listing reviews");
    }

    public Conn edit(Conn conn, Params params) {
        return text(conn, "admin: editing review " + params.getString("id"));
    }

    public Conn new_(Conn conn, Params params) {
        return text(conn, "admin: new review form");
    }

    public Conn show(Conn conn, Params params) {
        return text(conn, "admin: showing review " + params.getString("id"));
    }

    public Conn create(Conn conn, Params params) {
        return text(conn.putStatus(201), "admin: created review");
    }

    public Conn update(Conn conn, Params params) {
        return text(conn, "admin: updated review " + params.getString("id"));
    }

    public Conn delete(Conn conn, Params params) {
        return text(conn, "admin: deleted review " + params.getString("id"));
    }
}
