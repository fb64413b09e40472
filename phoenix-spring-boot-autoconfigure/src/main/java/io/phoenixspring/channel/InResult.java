package io.phoenixspring.channel;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code handleIn} (and {@code handleOut}, {@code handleInfo}, which may not reply) return, as Phoenix's
 * {@code {:noreply, socket}}, {@code {:reply, {status, payload}, socket}}, {@code {:stop, reason, socket}} and
 * {@code {:stop, reason, reply, socket}}.
 */
public sealed interface InResult {

    /** The socket the channel continues with. */
    Socket socket();

    /**
     * No reply.
     *
     * @param socket the socket to continue with
     */
    record NoReply(Socket socket) implements InResult {}

    /**
     * A reply to the push.
     *
     * @param status {@code ok}, {@code error} or another status
     * @param response the response, a map or a {@link BinaryPayload}
     * @param socket the socket to continue with
     */
    record Reply(String status, Object response, Socket socket) implements InResult {}

    /**
     * Stop the channel: {@code normal}, {@code shutdown} or {@code shutdown:...} close it ({@code phx_close}), any other
     * reason is a crash ({@code phx_error}).
     *
     * @param reason why
     * @param socket the last socket
     * @param status the status of a last reply, or null for none
     * @param response the response of a last reply
     */
    record Stop(
            String reason,
            Socket socket,
            @Nullable String status,
            @Nullable Object response) implements InResult {}

    /** Continue without replying. */
    static InResult noReply(Socket socket) {
        return new NoReply(socket);
    }

    /** Reply {@code ok} with {@code {}}. */
    static InResult ok(Socket socket) {
        return new Reply("ok", Map.of(), socket);
    }

    /** Reply {@code ok} with {@code response}. */
    static InResult ok(Object response, Socket socket) {
        return new Reply("ok", response, socket);
    }

    /** Reply {@code error} with {@code response}. */
    static InResult error(Object response, Socket socket) {
        return new Reply("error", response, socket);
    }

    /** Reply {@code status} with {@code response}. */
    static InResult reply(String status, Object response, Socket socket) {
        return new Reply(status, response, socket);
    }

    /** Stop the channel. */
    static InResult stop(String reason, Socket socket) {
        return new Stop(reason, socket, null, null);
    }

    /** Reply, then stop the channel. */
    static InResult stop(String reason, String status, Object response, Socket socket) {
        return new Stop(reason, socket, status, response);
    }
}
