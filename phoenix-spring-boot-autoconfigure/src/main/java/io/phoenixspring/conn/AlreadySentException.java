package io.phoenixspring.conn;

/** A response was set or sent on a conn whose response was already sent (Plug's {@code AlreadySentError}). */
public class AlreadySentException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public AlreadySentException(String message) {
        super(message);
    }
}
