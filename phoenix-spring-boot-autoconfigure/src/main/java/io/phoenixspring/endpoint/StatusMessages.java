package io.phoenixspring.endpoint;

import io.phoenixspring.conn.Status;

/**
 * The reason phrases Plug uses for each status ({@code Plug.Conn.Status.reason_phrase/1}), with a fallback for codes
 * Plug does not know: {@code Internal Server Error} from 500 up, {@code Error <code>} below.
 */
public final class StatusMessages {

    private StatusMessages() {}

    /** The reason phrase of {@code status}, e.g. {@code Not Found}; 418 is {@code I'm a teapot}. */
    public static String message(int status) {
        return Status.reasonPhrase(status).orElse(status >= 500 ? "Internal Server Error" : "Error " + status);
    }
}
