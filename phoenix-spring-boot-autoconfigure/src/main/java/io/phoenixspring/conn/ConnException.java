package io.phoenixspring.conn;

/**
 * A failure tied to one request that carries the HTTP status it is rendered with.
 *
 * <p>Subclasses name the Plug error they mirror; a plain {@code ConnException} is for user code that wants to stop a
 * request with a status, e.g. {@code throw new ConnException(422, "title can't be blank")}.
 */
public class ConnException extends RuntimeException implements PlugStatus {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ConnException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ConnException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    @Override
    public int plugStatus() {
        return status;
    }
}
