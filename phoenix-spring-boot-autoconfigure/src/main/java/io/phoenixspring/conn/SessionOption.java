package io.phoenixspring.conn;

/** What the session store does with the session when the response is sent. */
public enum SessionOption {
    /** Write the changed session. */
    WRITE,
    /** Write the session under a new identity (do it on log in, against session fixation). */
    RENEW,
    /** Write nothing and delete the client's session cookie. */
    DROP,
    /** Keep the client's cookie as it is, even though the session changed. */
    IGNORE
}
