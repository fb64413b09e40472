package io.phoenixspring.plug;

import io.phoenixspring.conn.ConnException;

/**
 * A plain (non-XHR) GET was answered with JavaScript behind {@link CsrfProtectionPlug} (403), as
 * {@code Plug.CSRFProtection.InvalidCrossOriginRequestError}: another site's {@code <script src>} must not read it.
 */
public class InvalidCrossOriginRequestException extends ConnException {

    private static final long serialVersionUID = 1L;

    /** Plug's message, word for word. */
    public static final String MESSAGE = "security warning: an embedded <script> tag on another site requested"
            + " protected JavaScript (if you know what you're doing, disable forgery protection for this route)";

    public InvalidCrossOriginRequestException() {
        super(403, MESSAGE);
    }
}
