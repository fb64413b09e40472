package io.phoenixspring.router;

/**
 * Declares routes, as a Phoenix router module. Every {@code RouterConfigurer} bean is read once at startup, in
 * {@code @Order}, and compiled into one route table; named function plugs ({@code plug("authenticate")}) are public
 * methods {@code Conn authenticate(Conn conn)} of the configurer.
 *
 * <pre>{@code
 * @Component
 * class HelloRouter implements RouterConfigurer {
 *     public void configure(Router router) {
 *         router.pipeline("api", p -> p.plug(Accepts.of("json")));
 *         router.scope("/", "com.example.hello.web", s -> {
 *             s.get("/", PageController.class, "index");
 *             s.resources("/users", UserController.class);
 *         });
 *     }
 * }
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Router.html">Phoenix.Router</a>
 */
@FunctionalInterface
public interface RouterConfigurer {

    /** Declares pipelines and routes on {@code router}. */
    void configure(Router router);
}
