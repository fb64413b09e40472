package io.phoenixspring.controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the {@link FallbackController} of a controller, as Phoenix's {@code action_fallback}: when an action returns
 * something other than a {@code Conn}, the fallback gets the conn as it was before the action (the assigns, status
 * and headers the action set are gone) and the value the action returned.
 *
 * <pre>{@code
 * @ActionFallback(ApiFallbackController.class)
 * class UserController {
 *     public Object show(Conn conn, Params params) {
 *         User user = users.find(params.getString("id"));
 *         if (user == null) {
 *             return Result.error("not_found");
 *         }
 *         return json(conn, user);
 *     }
 * }
 * }</pre>
 *
 * <p>The fallback is the application's bean of that class (or one made once, with its dependencies autowired), found
 * at startup. A controller has one fallback: this annotation, or implementing {@link FallbackController} itself.
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Controller.html#action_fallback/1">action_fallback/1</a>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ActionFallback {

    /** The fallback controller's class. */
    Class<? extends FallbackController> value();
}
