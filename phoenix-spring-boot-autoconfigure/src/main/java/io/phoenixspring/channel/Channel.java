package io.phoenixspring.channel;

import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * A channel: the server side of a topic, as {@code Phoenix.Channel}. A channel is a stateless bean; each join runs in
 * its own serial mailbox with its own {@link Socket}, so callbacks of one join never run concurrently, and a crash in
 * one never touches another channel or connection.
 *
 * <pre>{@code
 * @Component
 * class RoomChannel implements Channel {
 *     public JoinResult join(String topic, Object payload, Socket socket) {
 *         return JoinResult.ok(socket);
 *     }
 *
 *     public InResult handleIn(String event, Object payload, Socket socket) {
 *         socket.broadcast("new_msg", payload);
 *         return InResult.noReply(socket);
 *     }
 * }
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Channel.html">Phoenix.Channel</a>
 */
public interface Channel {

    /** Authorizes a client to join {@code topic}. */
    JoinResult join(String topic, Object payload, Socket socket);

    /** Handles an event the client pushed. Without an override, a push crashes the channel, as in Phoenix. */
    default InResult handleIn(String event, Object payload, Socket socket) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " received \"" + event + "\" but does"
                + " not override handleIn; implement handleIn(event, payload, socket)");
    }

    /** Handles an intercepted broadcast before it goes out; by default pushes it unchanged. */
    default InResult handleOut(String event, Object payload, Socket socket) {
        return InResult.noReply(socket.push(event, payload));
    }

    /** Handles a message sent to the channel (see {@link ChannelRef#send}); by default logs and ignores it. */
    default InResult handleInfo(Object message, Socket socket) {
        LoggerFactory.getLogger(getClass())
                .warn(
                        "{} received an unexpected message in handleInfo: {}",
                        getClass().getSimpleName(),
                        message);
        return InResult.noReply(socket);
    }

    /** Called when the channel stops, with the reason: {@code shutdown:left}, {@code shutdown:closed}, ... */
    default void terminate(String reason, Socket socket) {}

    /** The broadcast events that go through {@link #handleOut} instead of straight to the client. */
    default Set<String> intercept() {
        return Set.of();
    }
}
