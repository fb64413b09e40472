package io.phoenixspring.socket;

import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.channel.Transport;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.socket.internal.SocketProcess;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One connection of a user socket over a transport of one's own, as Phoenix's socket process: it runs the real
 * socket rules (joins routed by topic to channel servers, pushes, leaves, heartbeats, {@code unmatched topic}) and
 * sends what the channels push, reply and broadcast to the transport. The WebSocket transport is built on the same
 * process; this is the way in for others, such as {@code ChannelTest}'s in-process transport.
 *
 * <pre>{@code
 * SocketConnection connection = SocketConnection.open(routes, "UserSocket", socket, pubSub, executor, transport);
 * connection.handle(new Message("1", "1", "room:lobby", "phx_join", Map.of()));
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Socket.html">Phoenix.Socket</a>
 */
public final class SocketConnection {

    private final SocketProcess process;

    private SocketConnection(SocketProcess process) {
        this.process = process;
    }

    /**
     * Opens a connection whose socket (already connected, with its id) joins the channels of {@code routes}; when the
     * socket has an id, a {@code disconnect} broadcast to it stops every channel.
     *
     * @param socketName the socket's name in logs, e.g. {@code UserSocket}
     * @param executor what the channels' mailboxes run on
     * @param transport where every message goes; one that does not encode broadcasts gets them as messages
     */
    public static SocketConnection open(
            ChannelRoutes routes,
            String socketName,
            Socket socket,
            PubSub pubSub,
            Executor executor,
            Transport transport) {
        return new SocketConnection(
                new SocketProcess(routes, socketName, socket, pubSub, executor, transport, () -> {}));
    }

    /**
     * Handles a message from the client by the socket rules. A join ({@code phx_join}) returns once the channel's
     * {@code join} ran and its reply was sent; other messages are handled asynchronously, in order.
     */
    public void handle(Message message) {
        process.handle(message);
    }

    /** The socket of the channel joined to {@code topic}, as its last callback returned it, if one is joined. */
    public Optional<Socket> channelSocket(String topic) {
        return process.channelSocket(topic);
    }

    /**
     * The client went away: every channel stops with {@code reason} ({@code shutdown:closed}), sending nothing.
     *
     * @return completed once every channel's {@code terminate} ran
     */
    public CompletableFuture<Void> close(String reason) {
        return process.closed(reason);
    }

    /** How many channels are joined. */
    public int channelCount() {
        return process.channelCount();
    }
}
