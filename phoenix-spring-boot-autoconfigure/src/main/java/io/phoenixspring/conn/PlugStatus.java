package io.phoenixspring.conn;

/**
 * An exception that maps to an HTTP status, as Plug's {@code Plug.Exception} protocol ({@code plug_status}).
 *
 * <p>The endpoint renders such an exception with its status instead of a 500.
 */
public interface PlugStatus {

    /** The HTTP status this exception is rendered with. */
    int plugStatus();
}
