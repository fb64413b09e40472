package io.phoenixspring.plug;

import io.phoenixspring.conn.ConnException;

/**
 * A request of a protected method came without a valid CSRF token (403), as
 * {@code Plug.CSRFProtection.InvalidCSRFTokenError}; thrown by {@link CsrfProtectionPlug}.
 */
public class InvalidCsrfTokenException extends ConnException {

    private static final long serialVersionUID = 1L;

    /** Plug's message, word for word. */
    public static final String MESSAGE = "invalid CSRF (Cross Site Request Forgery) token, please make sure that:\n\n"
            + "  * The session cookie is being sent and session is loaded\n"
            + "  * The request include a valid '_csrf_token' param or 'x-csrf-token' header";

    public InvalidCsrfTokenException() {
        super(403, MESSAGE);
    }
}
