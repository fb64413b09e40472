package io.phoenixspring.controller;

import io.phoenixspring.conn.Conn;
import org.jspecify.annotations.Nullable;

/**
 * Handles what an action returned instead of a {@code Conn}, as the plug given to Phoenix's {@code action_fallback}:
 * typically the error cases of an API, as a sealed result type or records of the application's own.
 *
 * <pre>{@code
 * @Component
 * class ApiFallbackController implements FallbackController {
 *     public Conn call(Conn conn, Object result) {
 *         if (result instanceof Result.Error error && error.reason().equals("not_found")) {
 *             return json(putStatus(conn, "not_found"), Map.of("errors", Map.of("detail", "Not Found")));
 *         }
 *         if (result instanceof Invalid invalid) {
 *             return json(putStatus(conn, "unprocessable_entity"), Map.of("errors", invalid.errors()));
 *         }
 *         throw new IllegalStateException("unexpected action result " + result);
 *     }
 * }
 * }</pre>
 *
 * @see ActionFallback
 */
@FunctionalInterface
public interface FallbackController {

    /**
     * Answers the request from what the action returned.
     *
     * @param conn the conn as it was before the action ran (after the controller's plugs)
     * @param result what the action returned, which is not a {@code Conn}
     * @return the conn, with a response set or sent
     */
    Conn call(Conn conn, @Nullable Object result);
}
