package io.phoenixspring.router;

/** A router declaration that cannot work: the message names the route and says how to fix it. Fails startup. */
public class RouterException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public RouterException(String message) {
        super(message);
    }

    public RouterException(String message, Throwable cause) {
        super(message, cause);
    }
}
