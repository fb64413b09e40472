package io.phoenixspring.token;

import io.phoenixspring.conn.PlugStatus;

/**
 * Thrown by {@link VerifyResult#orElseThrow()} when a token is expired, invalid or missing; rendered as a
 * {@code 401 Unauthorized}.
 */
public final class InvalidTokenException extends RuntimeException implements PlugStatus {

    private static final long serialVersionUID = 1L;

    private final transient VerifyResult result;

    /** @param result what verification found: {@code Expired}, {@code Invalid} or {@code Missing} */
    public InvalidTokenException(VerifyResult result) {
        super(message(result));
        this.result = result;
    }

    /** What verification found. */
    public VerifyResult result() {
        return result;
    }

    @Override
    public int plugStatus() {
        return 401;
    }

    private static String message(VerifyResult result) {
        if (result instanceof VerifyResult.Expired) {
            return "expected a valid token, but it is expired (signed longer ago than its max age);"
                    + " have the client fetch a new token";
        } else if (result instanceof VerifyResult.Missing) {
            return "expected a token, but none was given; send the token (e.g. in the socket's connect params)";
        }
        return "expected a valid token, but it is invalid (forged, tampered with, or signed with another secret,"
                + " salt or key options); sign and verify with the same salt and options";
    }
}
