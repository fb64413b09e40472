package com.example.hello.web.controllers;

import static io.phoenixspring.controller.Controller.text;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.router.Routes;
import org.springframework.stereotype.Component;

/** The routing guide's user resource: each action says what it would do. */
@Component
public class UserController {

    private final Routes routes;

    public UserController(Routes routes) {
        this.routes = routes;
    }

    public Conn index(Conn conn, Params params) {
        return text(conn, "listing users");
    }

    public Conn edit(Conn conn, Params params) {
        return text(conn, "editing user " + params.getString("id"));
    }

    public Conn show(Conn conn, Params params) {
        return text(conn, "showing user " + params.getString("id"));
    }

    public Conn create(Conn conn, Params params) {
        String name = params.getParams("user").getString("name");
        String location = routes.path(conn, "user", "show", 42);
        return text(conn.putStatus(201).putRespHeader("location", location), "created user " + name);
    }

    public Conn update(Conn conn, Params params) {
        return text(conn, "updated user " + params.getString("id") + " with " + conn.method());
    }

    public Conn delete(Conn conn, Params params) {
        return text(conn, "deleted user " + params.getString("id"));
    }

    /** Declared after {@code show} in the Java file, yet {@code /users/new} routes here: resources put new first. */
    public Conn new_(Conn conn, Params params) {
        return text(conn, "new user form");
    }
}
