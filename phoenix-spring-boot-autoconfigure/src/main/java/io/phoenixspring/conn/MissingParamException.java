package io.phoenixspring.conn;

/** A required param is missing (Phoenix's {@code MissingParamError}). Rendered as 400. */
public class MissingParamException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public MissingParamException(String key) {
        super("expected key \"" + key + "\" to be present in params, please send the expected key or adapt your"
                + " scrubParams call");
        this.key = key;
    }

    /** The key that was missing. */
    public String key() {
        return key;
    }
}
