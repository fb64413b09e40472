package io.phoenixspring.token;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@link PhoenixToken#sign(String, Object, SignOptions)} and
 * {@link PhoenixToken#encrypt(String, Object, SignOptions)}, as {@code Phoenix.Token.sign/4}'s: start from
 * {@link #defaults()} and change what you need.
 *
 * <pre>{@code
 * token.sign("user auth", userId, SignOptions.defaults().withMaxAge(Duration.ofHours(2)));
 * }</pre>
 *
 * @param maxAge embedded in the token, the max age {@code verify} applies when it is given none
 *     ({@code :max_age}, one day by default; {@link PhoenixToken#INFINITY} never expires)
 * @param signedAt the token's timestamp ({@code :signed_at}); null for the clock's current instant
 * @param keyIterations PBKDF2 iterations of the key derivation ({@code :key_iterations})
 * @param keyLength length of the derived key in bytes ({@code :key_length})
 * @param keyDigest digest of the key derivation ({@code :key_digest})
 */
public record SignOptions(
        Duration maxAge, @Nullable Instant signedAt, int keyIterations, int keyLength, KeyDigest keyDigest) {

    private static final SignOptions DEFAULTS =
            new SignOptions(PhoenixToken.DEFAULT_MAX_AGE, null, 1000, 32, KeyDigest.SHA256);

    /** Phoenix's defaults: one day, now, 1000 iterations, 32 bytes, SHA-256. */
    public static SignOptions defaults() {
        return DEFAULTS;
    }

    /** These options with {@code maxAge} embedded. */
    public SignOptions withMaxAge(Duration maxAge) {
        return new SignOptions(maxAge, signedAt, keyIterations, keyLength, keyDigest);
    }

    /** These options with the token signed at {@code signedAt} (kept to the millisecond). */
    public SignOptions withSignedAt(Instant signedAt) {
        return new SignOptions(maxAge, signedAt, keyIterations, keyLength, keyDigest);
    }

    /** These options with {@code keyIterations} PBKDF2 iterations. */
    public SignOptions withKeyIterations(int keyIterations) {
        return new SignOptions(maxAge, signedAt, keyIterations, keyLength, keyDigest);
    }

    /** These options with a derived key of {@code keyLength} bytes. */
    public SignOptions withKeyLength(int keyLength) {
        return new SignOptions(maxAge, signedAt, keyIterations, keyLength, keyDigest);
    }

    /** These options with {@code keyDigest} for the key derivation. */
    public SignOptions withKeyDigest(KeyDigest keyDigest) {
        return new SignOptions(maxAge, signedAt, keyIterations, keyLength, keyDigest);
    }
}
