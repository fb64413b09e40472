package io.phoenixspring.router.web.admin;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;

/** A controller router tests name by text, relative to a nested scope alias {@code admin}. */
public class ReviewController {

    public Conn index(Conn conn, Params params) {
        return conn.sendResp(200, "web.admin.ReviewController :index");
    }

    public Conn show(Conn conn, Params params) {
        return conn.sendResp(200, "web.admin.ReviewController :show " + params.getString("id"));
    }
}
