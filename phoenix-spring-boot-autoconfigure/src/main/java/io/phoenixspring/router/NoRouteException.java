package io.phoenixspring.router;

import io.phoenixspring.conn.ConnException;

/** No route matches the request (Phoenix's {@code NoRouteError}). Rendered as 404; no pipeline ran. */
public class NoRouteException extends ConnException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;

    public NoRouteException(String method, String path, String router) {
        super(404, "no route found for " + method + " " + path + " (" + router + ")");
        this.method = method;
        this.path = path;
    }

    /** The request method. */
    public String method() {
        return method;
    }

    /** The request path. */
    public String path() {
        return path;
    }
}
