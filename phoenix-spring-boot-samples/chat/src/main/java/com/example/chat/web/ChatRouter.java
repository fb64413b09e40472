package com.example.chat.web;

import static io.phoenixspring.controller.Controller.accepts;

import com.example.chat.web.controllers.PageController;
import com.example.chat.web.controllers.RoomController;
import io.phoenixspring.router.Router;
import io.phoenixspring.router.RouterConfigurer;
import java.util.List;
import org.springframework.stereotype.Component;

/** The chat page and the API that posts into rooms. */
@Component
public class ChatRouter implements RouterConfigurer {

    @Override
    public void configure(Router router) {
        router.pipeline(
                "browser",
                p -> p.plug("accepts", List.of("html"))
                        .plug("fetchSession")
                        .plug("fetchFlash")
                        .plug("protectFromForgery")
                        .plug("putSecureBrowserHeaders"));
        router.pipeline("api", p -> p.plug(accepts("json")));

        router.scope("/", s -> {
            s.pipeThrough("browser");
            s.get("/", PageController.class, "index");
        });

        router.scope("/api", s -> {
            s.pipeThrough("api");
            s.post("/rooms/:room/messages", RoomController.class, "create");
            s.delete("/users/:id/sockets", RoomController.class, "disconnect");
        });
    }
}
