package io.phoenixspring.test;

import io.phoenixspring.channel.Socket;
import io.phoenixspring.socket.PhoenixSocket;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A socket for channel tests, as the {@code %Phoenix.Socket{}} of {@code ChannelTest.socket/3} and
 * {@code connect/3}: the user socket whose routes pick channels by topic, and the connection's socket state.
 *
 * @param handler the user socket
 * @param socket the socket channels join with: its id and assigns, on the {@code test} transport
 * @see ChannelTest#socket(PhoenixSocket, String, Map)
 */
public record TestSocket(PhoenixSocket handler, Socket socket) {

    /** The socket's id, or null. */
    public @Nullable String id() {
        return socket.id();
    }

    /** The socket's assigns. */
    public Map<String, Object> assigns() {
        return socket.assigns();
    }
}
