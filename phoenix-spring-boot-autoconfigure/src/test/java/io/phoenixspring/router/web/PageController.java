package io.phoenixspring.router.web;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;

/** A controller router tests name by text, relative to the scope alias {@code io.phoenixspring.router.web}. */
public class PageController {

    public Conn index(Conn conn, Params params) {
        return conn.sendResp(200, "web.PageController :index");
    }
}
