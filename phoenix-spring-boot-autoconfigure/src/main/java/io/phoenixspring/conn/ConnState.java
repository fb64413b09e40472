package io.phoenixspring.conn;

/**
 * Where a {@link Conn}'s response stands, as {@code Plug.Conn}'s {@code state}.
 */
public enum ConnState {
    /** No response has been set. */
    UNSET,
    /** A response has been set with {@code resp} but not sent. */
    SET,
    /** The response was sent. */
    SENT,
    /** The status and headers were sent and the body is being sent in chunks. */
    CHUNKED,
    /** The connection was handed over to another protocol (WebSocket). */
    UPGRADED
}
