package io.phoenixspring.controller;

import io.phoenixspring.controller.internal.ActionPlug;
import io.phoenixspring.plug.Plug;
import java.util.function.Function;

/** Controller actions as plugs, what the router dispatches to. */
public final class Actions {

    private Actions() {}

    /**
     * The plug running {@code controller}'s plugs for {@code action} and then the action method, which is found now,
     * once.
     *
     * @throws IllegalArgumentException when the controller has no public {@code action(Conn, Params)} method
     */
    public static Plug of(Object controller, String action) {
        return ActionPlug.of(controller, action);
    }

    /**
     * {@link #of(Object, String)} with the controller's {@link ActionFallback} taken from {@code beans} (what gives
     * controllers their instances), once, now.
     *
     * @throws IllegalArgumentException when the controller has no such action or declares two fallbacks
     */
    public static Plug of(Object controller, String action, Function<Class<?>, Object> beans) {
        return ActionPlug.of(controller, action, beans);
    }
}
