package io.phoenixspring.socket;

import io.phoenixspring.channel.Socket;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A socket clients connect to, as a Phoenix {@code UserSocket}: authorizes connections, names them, and routes topics
 * to channels. Declare it as a bean; it is mounted at {@link #path()} ({@code /socket/websocket} for WebSocket).
 *
 * <pre>{@code
 * @Component
 * class UserSocket implements PhoenixSocket {
 *     public void channels(ChannelRoutes routes) {
 *         routes.channel("room:*", roomChannel);
 *     }
 *
 *     public ConnectResult connect(Map<String, Object> params, Socket socket, ConnectInfo info) {
 *         return switch (token.verify("user socket", (String) params.get("token"))) {
 *             case VerifyResult.Ok ok -> ConnectResult.ok(socket.assign("user_id", ok.data()));
 *             default -> ConnectResult.error();
 *         };
 *     }
 *
 *     public String id(Socket socket) {
 *         return "user_socket:" + socket.getAssign("user_id");
 *     }
 * }
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Socket.html">Phoenix.Socket</a>
 */
public interface PhoenixSocket {

    /** Routes topics to channels. */
    void channels(ChannelRoutes routes);

    /** Authorizes a connection with its params ({@code vsn} included); by default every connection is accepted. */
    default ConnectResult connect(Map<String, Object> params, Socket socket, ConnectInfo info) {
        return ConnectResult.ok(socket);
    }

    /**
     * Names the connection ({@code user_socket:42}): broadcasting {@code disconnect} to that topic closes every
     * connection of that name. Null for anonymous connections.
     */
    default @Nullable String id(Socket socket) {
        return null;
    }

    /** Where the socket is mounted. */
    default String path() {
        return "/socket";
    }

    /** How the socket is mounted. */
    default SocketOptions options() {
        return SocketOptions.defaults();
    }
}
