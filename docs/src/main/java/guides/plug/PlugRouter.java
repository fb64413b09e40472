package guides.plug;

import io.phoenixspring.router.Router;
import io.phoenixspring.router.RouterConfigurer;
import org.springframework.stereotype.Component;

/** Routes of the plug guide. */
@Component
public class PlugRouter implements RouterConfigurer {

    @Override
    public void configure(Router router) {
        router.get("/messages/:id", MessageController.class, "show");
    }
}
