package io.phoenixspring.controller;

import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.controller.internal.ActionPlug;

/**
 * No clause of the action matches the request's params (Phoenix's {@code ActionClauseError}). Rendered as 400. Throw
 * it from an action when its params do not have the shape it serves, the way an Elixir action's pattern would not
 * match:
 *
 * <pre>{@code
 * public Conn show(Conn conn, Params params) {
 *     String id = params.getString("id");
 *     if (id == null || !id.matches("[0-9]+")) {
 *         throw new ActionClauseException(conn, "id must be an integer, got " + id);
 *     }
 *     ...
 * }
 * }</pre>
 *
 * <p>Other exceptions an action throws, an {@code IllegalArgumentException} from parsing a param included, are
 * rendered as 500: only this one and {@link io.phoenixspring.conn.MissingParamException} say the client is at fault.
 */
public class ActionClauseException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    /** An exception with {@code message} as it is. */
    public ActionClauseException(String message) {
        super(message);
    }

    /**
     * An exception naming the action of {@code conn}: {@code no action clause matching in UserController.show:
     * <reason>}.
     */
    public ActionClauseException(Conn conn, String reason) {
        super("no action clause matching in " + describe(conn) + ": " + reason + "; send params the action accepts");
    }

    private static String describe(Conn conn) {
        Class<?> controller = conn.getPrivate(ActionPlug.CONTROLLER);
        String action = conn.getPrivate(ActionPlug.ACTION);
        return controller == null || action == null ? "the action" : controller.getSimpleName() + "." + action;
    }
}
