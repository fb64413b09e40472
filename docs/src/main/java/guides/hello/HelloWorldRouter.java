package guides.hello;

import io.phoenixspring.router.Router;
import io.phoenixspring.router.RouterConfigurer;
import org.springframework.stereotype.Component;

/** The README's hello world: a router. */
@Component
class HelloWorldRouter implements RouterConfigurer {
    public void configure(Router router) {
        router.get("/hello/:name", GreetingController.class, "show");
    }
}
