package io.phoenixspring.conn;

/**
 * The request could not be understood: a malformed query string, body or path (Plug's {@code ParseError},
 * {@code InvalidQueryError}, {@code BadEncodingError}, {@code MalformedURIError}). Rendered as 400.
 */
public class BadRequestException extends ConnException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(400, message);
    }

    public BadRequestException(String message, Throwable cause) {
        super(400, message, cause);
    }
}
