package io.phoenixspring.controller;

import io.phoenixspring.conn.ConnException;
import java.util.List;

/** The client accepts none of the formats the route serves (Phoenix's {@code NotAcceptableError}). Rendered as 406. */
public class NotAcceptableException extends ConnException {

    private static final long serialVersionUID = 1L;

    private final List<String> accepts;

    public NotAcceptableException(String message, List<String> accepts) {
        super(406, message);
        this.accepts = List.copyOf(accepts);
    }

    /** The formats that would have been served. */
    public List<String> accepts() {
        return accepts;
    }
}
