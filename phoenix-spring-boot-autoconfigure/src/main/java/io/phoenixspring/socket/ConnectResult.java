package io.phoenixspring.socket;

import io.phoenixspring.channel.Socket;

/**
 * What a socket's {@code connect} returns, as Phoenix's {@code {:ok, socket}}, {@code :error} (403) and
 * {@code {:error, reason}} (a status of the application's choosing, e.g. 429).
 */
public sealed interface ConnectResult {

    /**
     * Connected.
     *
     * @param socket the socket, with the assigns every channel of the connection sees
     */
    record Ok(Socket socket) implements ConnectResult {}

    /**
     * Refused.
     *
     * @param status the HTTP status of the refusal
     * @param reason the body of the refusal, may be empty
     */
    record Refused(int status, String reason) implements ConnectResult {}

    /** Connects with {@code socket}. */
    static ConnectResult ok(io.phoenixspring.channel.Socket socket) {
        return new Ok(socket);
    }

    /** Refuses with 403. */
    static ConnectResult error() {
        return new Refused(403, "");
    }

    /** Refuses with {@code status} and {@code reason} as the body, e.g. {@code error(429, "Too many requests")}. */
    static ConnectResult error(int status, String reason) {
        return new Refused(status, reason);
    }
}
