package io.phoenixspring.endpoint;

/**
 * The endpoint's configuration cannot work, such as a session without a long enough {@code secret-key-base}. Fails
 * startup; {@link #action()} says how to fix it.
 */
public class EndpointConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String action;

    /**
     * @param message what is wrong
     * @param action how to fix it
     */
    public EndpointConfigurationException(String message, String action) {
        super(message);
        this.action = action;
    }

    /** How to fix the configuration. */
    public String action() {
        return action;
    }
}
