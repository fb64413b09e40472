package io.phoenixspring.conn;

/**
 * Implemented by types that choose how they appear in a URL, as a custom {@code Phoenix.Param} implementation.
 *
 * <pre>{@code
 * record Article(long id, String slug) implements ToParam {
 *     public String toParam() { return id + "-" + slug; }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ToParam {

    /** The string this value takes in a path or query. */
    String toParam();
}
