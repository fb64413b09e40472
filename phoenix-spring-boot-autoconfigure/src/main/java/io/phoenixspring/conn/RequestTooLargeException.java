package io.phoenixspring.conn;

/** The request body is longer than the configured limit (Plug's {@code RequestTooLargeError}). Rendered as 413. */
public class RequestTooLargeException extends ConnException {

    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(String message) {
        super(413, message);
    }
}
