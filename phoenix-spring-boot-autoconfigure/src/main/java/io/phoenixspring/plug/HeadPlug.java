package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;

/**
 * Runs {@code HEAD} requests as {@code GET}, as {@code Plug.Head}; the adapter drops the body of the response.
 */
public final class HeadPlug implements Plug {

    @Override
    public Conn call(Conn conn) {
        return "HEAD".equals(conn.method()) ? conn.putMethod("GET") : conn;
    }
}
