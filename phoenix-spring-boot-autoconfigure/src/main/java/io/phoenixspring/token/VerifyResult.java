package io.phoenixspring.token;

import java.math.BigInteger;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PhoenixToken#verify verify} and {@link PhoenixToken#decrypt decrypt} found, as Phoenix's
 * {@code {:ok, data}}, {@code {:error, :expired}}, {@code {:error, :invalid}} and {@code {:error, :missing}}.
 *
 * <pre>{@code
 * if (tokens.verify("user auth", token, Duration.ofDays(1)) instanceof VerifyResult.Ok ok) {
 *     ... ok.data() ...
 * }
 * Integer userId = tokens.verify("user auth", token).orElseThrow(Integer.class);
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Token.html#verify/4">Phoenix.Token.verify/4</a>
 */
public sealed interface VerifyResult {

    /** The token is valid: {@code data} is what was signed, decoded as {@link Etf} says. */
    record Ok(@Nullable Object data) implements VerifyResult {}

    /** The token is authentic but older than its max age. */
    record Expired() implements VerifyResult {}

    /** The token is forged, tampered with, signed with another secret, salt or key options, or no token at all. */
    record Invalid() implements VerifyResult {}

    /** There was no token (null). */
    record Missing() implements VerifyResult {}

    /** Whether the token is valid. */
    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The data of a valid token; empty when it is not valid (or its data is {@code nil}). */
    default Optional<Object> toOptional() {
        return this instanceof Ok ok ? Optional.ofNullable(ok.data()) : Optional.empty();
    }

    /**
     * The data of a valid token.
     *
     * @throws InvalidTokenException when the token is expired, invalid or missing (rendered as a 401)
     */
    default @Nullable Object orElseThrow() {
        if (this instanceof Ok ok) {
            return ok.data();
        }
        throw new InvalidTokenException(this);
    }

    /**
     * The data of a valid token as a {@code type}; an {@code Integer} is also given as a {@code Long} or
     * {@code BigInteger}, a {@code Long} as a {@code BigInteger}.
     *
     * @throws InvalidTokenException when the token is expired, invalid or missing (rendered as a 401)
     * @throws ClassCastException when the data is of another type
     */
    default <T> T orElseThrow(Class<T> type) {
        Object data = orElseThrow();
        if (type == Long.class && (data instanceof Integer)) {
            data = ((Integer) data).longValue();
        } else if (type == BigInteger.class && (data instanceof Integer || data instanceof Long)) {
            data = BigInteger.valueOf(((Number) data).longValue());
        }
        if (!type.isInstance(data)) {
            throw new ClassCastException("expected the token's data to be a " + type.getName() + ", but it is "
                    + (data == null ? "nil (null)" : "a " + data.getClass().getName())
                    + "; verify with the type it was signed with (see Etf for how terms map to Java)");
        }
        return type.cast(data);
    }
}
