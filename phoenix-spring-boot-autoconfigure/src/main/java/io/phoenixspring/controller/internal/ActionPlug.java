package io.phoenixspring.controller.internal;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.controller.Action;
import io.phoenixspring.controller.ActionFallback;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.controller.ControllerPlugs;
import io.phoenixspring.controller.FallbackController;
import io.phoenixspring.controller.PlugList;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.view.View;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A controller action as a plug: the controller's plugs for this action, then the action method, found once at
 * startup and called through a method handle.
 */
public final class ActionPlug implements Plug {

    /** Private key of the controller class of the matched route. */
    public static final String CONTROLLER = "phoenix_controller";

    /** Private key of the action name of the matched route. */
    public static final String ACTION = "phoenix_action";

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
            "new",
            "default",
            "import",
            "package",
            "class",
            "interface",
            "enum",
            "switch",
            "case",
            "do",
            "for",
            "while",
            "if",
            "else",
            "try",
            "catch",
            "finally",
            "throw",
            "return",
            "static",
            "final",
            "public");

    private final Object controller;
    private final String action;
    private final MethodHandle method;
    private final List<Plug> plugs;
    private final String view;
    private final @Nullable FallbackController fallback;

    private ActionPlug(
            Object controller,
            String action,
            MethodHandle method,
            List<Plug> plugs,
            @Nullable FallbackController fallback) {
        this.view = defaultView(userClass(controller.getClass()));
        this.controller = controller;
        this.action = action;
        this.method = method;
        this.plugs = plugs;
        this.fallback = fallback;
    }

    /**
     * The plug for {@code action} of {@code controller}; an {@link ActionFallback} is made with its public no-argument
     * constructor.
     *
     * @throws IllegalArgumentException when the controller has no public {@code action(Conn, Params)} method
     */
    public static ActionPlug of(Object controller, String action) {
        return of(controller, action, ActionPlug::instantiate);
    }

    /**
     * The plug for {@code action} of {@code controller}, whose {@link ActionFallback} (if any) {@code beans} gives.
     *
     * @throws IllegalArgumentException when the controller has no public {@code action(Conn, Params)} method or
     *     declares two fallbacks
     */
    public static ActionPlug of(Object controller, String action, Function<Class<?>, Object> beans) {
        Class<?> type = controller.getClass();
        Method found = find(type, action);
        MethodHandle handle;
        try {
            found.setAccessible(true);
            handle = MethodHandles.lookup()
                    .unreflect(found)
                    .asType(MethodType.methodType(Object.class, Object.class, Conn.class, Params.class));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "action " + action + " of " + type.getName() + " cannot be called: " + e.getMessage(), e);
        }
        List<Plug> plugs = List.of();
        if (controller instanceof ControllerPlugs declaring) {
            PlugList list = new PlugList();
            declaring.plugs(list);
            plugs = list.entries().stream()
                    .filter(e -> e.appliesTo(action))
                    .map(PlugList.Entry::plug)
                    .toList();
        }
        return new ActionPlug(controller, action, handle, plugs, fallback(controller, beans));
    }

    private static @Nullable FallbackController fallback(Object controller, Function<Class<?>, Object> beans) {
        Class<?> type = userClass(controller.getClass());
        ActionFallback declared = type.getAnnotation(ActionFallback.class);
        if (declared == null) {
            return controller instanceof FallbackController itself ? itself : null;
        }
        if (controller instanceof FallbackController) {
            throw new IllegalArgumentException("action_fallback can only be called a single time per controller: "
                    + type.getName() + " implements FallbackController and declares @ActionFallback("
                    + declared.value().getSimpleName() + ".class); keep one of them");
        }
        Object bean = beans.apply(declared.value());
        if (!(bean instanceof FallbackController fallback)) {
            throw new IllegalArgumentException("the action fallback of " + type.getName() + " is "
                    + bean.getClass().getName() + ", which is not a FallbackController; implement it");
        }
        return fallback;
    }

    private static Object instantiate(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "cannot make the action fallback " + type.getName() + " (" + e
                            + "); give it a public no-argument constructor or make it a bean",
                    e);
        }
    }

    private static Method find(Class<?> type, String action) {
        Method byName = null;
        for (Method method : type.getMethods()) {
            if (!isAction(method)) {
                continue;
            }
            Action annotation = method.getAnnotation(Action.class);
            if (annotation != null && annotation.value().equals(action)) {
                return method;
            }
            if (annotation == null
                    && (method.getName().equals(action) || method.getName().equals(action + "_"))) {
                byName = method;
            }
        }
        if (byName != null) {
            return byName;
        }
        throw new IllegalArgumentException(userClass(type).getSimpleName() + " has no action \"" + action
                + "\"; add `public Conn " + javaName(action) + "(Conn conn, Params params)` to "
                + userClass(type).getName() + " or fix the route's action name");
    }

    private static String javaName(String action) {
        return KEYWORDS.contains(action) ? action + "_" : action;
    }

    private static boolean isAction(Method method) {
        return !Modifier.isStatic(method.getModifiers())
                && method.getParameterCount() == 2
                && method.getParameterTypes()[0] == Conn.class
                && method.getParameterTypes()[1].isAssignableFrom(Params.class);
    }

    /**
     * The view a controller renders with by default: its name without {@code Controller}, underscored, under the
     * folders of the packages after a {@code controllers} package ({@code ...controllers.admin.ReviewController} is
     * {@code admin/review}).
     */
    public static String defaultView(Class<?> controller) {
        String name = controller.getSimpleName();
        String base = name.endsWith("Controller") ? name.substring(0, name.length() - "Controller".length()) : name;
        return View.folders(controller.getPackageName(), "controllers") + View.underscore(base);
    }

    private static Class<?> userClass(Class<?> type) {
        return type.getName().contains("$$") && type.getSuperclass() != null && type.getSuperclass() != Object.class
                ? type.getSuperclass()
                : type;
    }

    @Override
    public Conn call(Conn conn) {
        conn.putPrivate(CONTROLLER, userClass(controller.getClass())).putPrivate(ACTION, action);
        Controller.putNewView(conn, view);
        Controller.putNewLayout(conn, Controller.DEFAULT_LAYOUT);
        conn = Plug.run(plugs, conn);
        if (conn.isHalted()) {
            return conn;
        }
        Conn.Snapshot before = fallback == null ? null : conn.snapshot();
        Object result;
        try {
            result = method.invokeExact(controller, conn, conn.params());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ActionException(
                    userClass(controller.getClass()).getSimpleName() + "." + action + " threw "
                            + e.getClass().getName() + ": " + e.getMessage(),
                    e);
        }
        if (result instanceof Conn returned) {
            return returned;
        }
        if (fallback != null && before != null) {
            return fallBack(fallback, conn, before, result);
        }
        throw new IllegalStateException(userClass(controller.getClass()).getSimpleName() + "." + action
                + " returned " + (result == null ? "null" : result.getClass().getName())
                + "; return the Conn (e.g. `return json(conn, data);`), or declare an @ActionFallback to handle"
                + " other results");
    }

    private Conn fallBack(FallbackController fallback, Conn conn, Conn.Snapshot before, @Nullable Object result) {
        String name = userClass(controller.getClass()).getSimpleName() + "." + action;
        if (conn.isSent()) {
            throw new IllegalStateException(name + " sent a response and then returned " + describe(result)
                    + " for its action fallback, which can no longer answer; return the Conn after sending");
        }
        Conn answered = fallback.call(conn.restore(before), result);
        if (answered == null) {
            throw new IllegalStateException(
                    "the action fallback " + userClass(fallback.getClass()).getSimpleName() + " returned null for "
                            + describe(result) + " from " + name + "; return the Conn");
        }
        return answered;
    }

    private static String describe(@Nullable Object result) {
        return result == null ? "null" : result.getClass().getName();
    }

    /** A checked exception thrown by an action, wrapped. */
    public static final class ActionException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ActionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
