package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.Frame;

/** Where a socket process's frames go: a WebSocket session, a long-poll buffer, a test. */
public interface Outbound {

    /** Queues {@code frame} to be written, without blocking. */
    void write(Frame frame);

    /** Closes the connection with a WebSocket close code. */
    void close(int code, String reason);
}
