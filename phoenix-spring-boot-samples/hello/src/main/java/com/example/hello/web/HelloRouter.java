package com.example.hello.web;

import static io.phoenixspring.controller.Controller.accepts;

import com.example.hello.web.controllers.HelloController;
import com.example.hello.web.controllers.PageController;
import com.example.hello.web.controllers.UserController;
import com.example.hello.web.controllers.admin.ReviewController;
import com.example.hello.web.controllers.api.v1.ImageController;
import com.example.hello.web.plugs.BackgroundJobPlug;
import com.example.hello.web.plugs.LocalePlug;
import io.phoenixspring.router.Router;
import io.phoenixspring.router.RouterConfigurer;
import io.phoenixspring.router.ScopeOptions;
import java.util.List;
import org.springframework.stereotype.Component;

/** The routes of the routing guide. */
@Component
public class HelloRouter implements RouterConfigurer {

    @Override
    public void configure(Router router) {
        router.pipeline(
                "browser",
                p -> p.plug("accepts", List.of("html", "text"))
                        .plug("fetchSession")
                        .plug("fetchFlash")
                        .plug("protectFromForgery")
                        .plug("putSecureBrowserHeaders")
                        .plug(new LocalePlug("en")));
        router.pipeline("api", p -> p.plug(accepts("json")));

        router.scope("/", "com.example.hello.web.controllers", s -> {
            s.pipeThrough("browser");
            s.get("/", PageController.class, "index");
            s.get("/oops", PageController.class, "oops");
            s.get("/hello", HelloController.class, "index");
            s.get("/hello/:messenger", HelloController.class, "show");
            s.resources("/users", UserController.class);
        });

        router.scope(
                ScopeOptions.path("/admin")
                        .alias("com.example.hello.web.controllers.admin")
                        .as("admin"),
                s -> {
                    s.pipeThrough("browser");
                    s.resources("/reviews", ReviewController.class);
                });

        router.scope(
                ScopeOptions.path("/api")
                        .alias("com.example.hello.web.controllers.api")
                        .as("api"),
                s -> {
                    s.pipeThrough("api");
                    s.scope(ScopeOptions.path("/v1").as("v1"), v1 -> {
                        v1.resources(
                                "/images",
                                ImageController.class,
                                io.phoenixspring.router.ResourceOptions.except("new", "edit"));
                    });
                });

        router.forward("/jobs", new BackgroundJobPlug("Hello Phoenix"));
    }
}
