package guides.routing;

import static io.phoenixspring.controller.Controller.accepts;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.router.ResourceOptions;
import io.phoenixspring.router.Router;
import io.phoenixspring.router.RouterConfigurer;
import io.phoenixspring.router.ScopeOptions;
import org.springframework.stereotype.Component;

/** The routing guide's router. */
@Component
public class HelloRouter implements RouterConfigurer {

    @Override
    public void configure(Router router) {
        router.pipeline("browser", p -> p.plug(accepts("html")).plug("fetchSession"));
        router.pipeline("api", p -> p.plug(accepts("json")));
        router.pipeline("review_checks", p -> p.plug("browser").plug("ensureAuthenticatedUser"));

        router.scope("/", "guides.routing", s -> {
            s.pipeThrough("browser");
            s.get("/", PageController.class, "index");
            s.resources("/users", UserController.class, users -> users.resources("/posts", PostController.class));
            s.resources("/comments", CommentController.class, ResourceOptions.except("delete"));
        });

        router.scope(ScopeOptions.path("/admin").alias("guides.routing.admin").as("admin"), s -> {
            s.pipeThrough("review_checks");
            s.resources("/reviews", "ReviewController");
        });

        router.forward("/jobs", new BackgroundJobPlug("Hello Phoenix"));
    }

    /** A function plug of the router, named in a pipeline. */
    public Conn fetchSession(Conn conn) {
        return conn.fetchSession();
    }

    /** Halts unless a user is logged in. */
    public Conn ensureAuthenticatedUser(Conn conn) {
        if (conn.getSession("user_id") != null) {
            return conn;
        }
        return conn.putRespHeader("location", "/").sendResp(302, "").halt();
    }
}
