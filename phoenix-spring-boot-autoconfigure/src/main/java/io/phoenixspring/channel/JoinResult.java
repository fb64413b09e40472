package io.phoenixspring.channel;

import java.util.Map;

/**
 * What a channel's {@code join} returns, as Phoenix's {@code {:ok, socket}}, {@code {:ok, reply, socket}} and
 * {@code {:error, reply}}.
 */
public sealed interface JoinResult {

    /**
     * Joined.
     *
     * @param socket the socket of the channel, with the join's assigns
     * @param reply the join reply's response
     */
    record Ok(Socket socket, Object reply) implements JoinResult {}

    /**
     * Refused.
     *
     * @param reply the error reply's response, e.g. {@code {"reason": "unauthorized"}}
     */
    record Error(Object reply) implements JoinResult {}

    /** Joined, replying {@code {}}. */
    static JoinResult ok(Socket socket) {
        return new Ok(socket, Map.of());
    }

    /** Joined, replying {@code reply}. */
    static JoinResult ok(Object reply, Socket socket) {
        return new Ok(socket, reply);
    }

    /** Refused with {@code reply}. */
    static JoinResult error(Object reply) {
        return new Error(reply);
    }
}
