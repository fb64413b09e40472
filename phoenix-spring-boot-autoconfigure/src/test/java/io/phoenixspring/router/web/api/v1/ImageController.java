package io.phoenixspring.router.web.api.v1;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;

/** A controller router tests name by text, under the nested aliases {@code api} and {@code v1}. */
public class ImageController {

    public Conn index(Conn conn, Params params) {
        return conn.sendResp(200, "web.api.v1.ImageController :index");
    }
}
