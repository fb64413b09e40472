package io.phoenixspring.endpoint;

import io.phoenixspring.conn.Conn;

/**
 * Renders the response for a request that failed, as the endpoint's {@code :render_errors}. The conn has the status
 * set; the renderer sends the body. Declare a bean to replace the default.
 */
@FunctionalInterface
public interface ErrorRenderer {

    /** Sends the error response for {@code error} on {@code conn}, whose status is already set. */
    Conn render(Conn conn, int status, Throwable error);
}
