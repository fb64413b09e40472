package io.phoenixspring.controller;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.controller.internal.ActionPlug;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phoenix's controller helpers, to import statically: {@code import static io.phoenixspring.controller.Controller.*;}
 *
 * <pre>{@code
 * public Conn show(Conn conn, Params params) {
 *     return json(conn, Map.of("id", params.getString("id")));
 * }
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Controller.html">Phoenix.Controller</a>
 */
public final class Controller {

    /** Private key of the JSON mapper the endpoint encodes with. */
    public static final String JSON_MAPPER = "phoenix_json_mapper";

    private static final JsonMapper DEFAULT_JSON = JsonMapper.builder().build();

    private Controller() {}

    // ================================================================ responses

    /** Sends {@code data} as JSON ({@code application/json}), with the status set so far or 200. */
    public static Conn json(Conn conn, @Nullable Object data) {
        JsonMapper mapper = conn.getPrivate(JSON_MAPPER);
        byte[] body = (mapper == null ? DEFAULT_JSON : mapper).writeValueAsBytes(data);
        return send(conn.putRespContentType("application/json"), body);
    }

    /** Sends {@code text} as {@code text/plain}, with the status set so far or 200. */
    public static Conn text(Conn conn, String text) {
        return send(conn.putRespContentType("text/plain"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Sends {@code html} as {@code text/html}, as given (not escaped), with the status set so far or 200. */
    public static Conn html(Conn conn, String html) {
        return send(conn.putRespContentType("text/html"), html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Sets the response status. */
    public static Conn putStatus(Conn conn, int status) {
        return conn.putStatus(status);
    }

    private static Conn send(Conn conn, byte[] body) {
        Integer status = conn.status();
        return conn.sendResp(status == null ? 200 : status, body);
    }

    // ================================================================ introspection

    /** The name of the action the conn was routed to. */
    public static String actionName(Conn conn) {
        String action = conn.getPrivate(ActionPlug.ACTION);
        if (action == null) {
            throw new IllegalStateException("the conn was not routed to a controller action; actionName is only"
                    + " available inside controllers and their plugs");
        }
        return action;
    }

    /** The controller class the conn was routed to. */
    public static Class<?> controllerModule(Conn conn) {
        Class<?> controller = conn.getPrivate(ActionPlug.CONTROLLER);
        if (controller == null) {
            throw new IllegalStateException("the conn was not routed to a controller; controllerModule is only"
                    + " available inside controllers and their plugs");
        }
        return controller;
    }
}
