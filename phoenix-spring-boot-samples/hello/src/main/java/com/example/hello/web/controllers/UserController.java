package com.example.hello.web.controllers;

import static io.phoenixspring.controller.Controller.putFlash;
import static io.phoenixspring.controller.Controller.redirect;
import static io.phoenixspring.controller.Controller.render;

import com.example.hello.accounts.User;
import com.example.hello.accounts.Users;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.ConnException;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.ControllerPlugs;
import io.phoenixspring.controller.PlugList;
import io.phoenixspring.router.Routes;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The users resource, as {@code mix phx.gen.html} writes it: pages, forms, flash and redirects. */
@Component
public class UserController implements ControllerPlugs {

    private final Users users;
    private final Routes routes;

    public UserController(Users users, Routes routes) {
        this.users = users;
        this.routes = routes;
    }

    @Override
    public void plugs(PlugList plugs) {
        plugs.plug(conn -> conn.assign("page_title", "Users"));
    }

    public Conn index(Conn conn, Params params) {
        return render(conn, "index.html", Map.of("users", users.list()));
    }

    public Conn new_(Conn conn, Params params) {
        return render(conn, "new.html", Map.of("user", new User(0, "", ""), "errors", Map.of()));
    }

    public Conn create(Conn conn, Params params) {
        Users.Change change = users.create(params.getParams("user"));
        if (!change.ok()) {
            return render(conn, "new.html", Map.of("user", change.user(), "errors", change.errors()));
        }
        putFlash(conn, "info", "User created successfully.");
        return redirect(conn, routes.path(conn, "user", "show", change.user()));
    }

    public Conn show(Conn conn, Params params) {
        return render(conn, "show.html", Map.of("user", find(params)));
    }

    public Conn edit(Conn conn, Params params) {
        return render(conn, "edit.html", Map.of("user", find(params), "errors", Map.of()));
    }

    public Conn update(Conn conn, Params params) {
        Users.Change change = users.update(find(params), params.getParams("user"));
        if (!change.ok()) {
            return render(conn, "edit.html", Map.of("user", change.user(), "errors", change.errors()));
        }
        putFlash(conn, "info", "User updated successfully.");
        return redirect(conn, routes.path(conn, "user", "show", change.user()));
    }

    public Conn delete(Conn conn, Params params) {
        users.delete(find(params));
        putFlash(conn, "info", "User deleted successfully.");
        return redirect(conn, routes.path(conn, "user", "index"));
    }

    private User find(Params params) {
        long id;
        try {
            id = Long.parseLong(String.valueOf(params.getString("id")));
        } catch (NumberFormatException e) {
            throw new ConnException(404, "no user with id " + params.getString("id"));
        }
        return users.get(id).orElseThrow(() -> new ConnException(404, "no user with id " + id));
    }
}
