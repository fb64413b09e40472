package io.phoenixspring.token;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@link PhoenixToken#verify(String, String, VerifyOptions)} and
 * {@link PhoenixToken#decrypt(String, String, VerifyOptions)}, as {@code Phoenix.Token.verify/4}'s: start from
 * {@link #defaults()} and change what you need. The key options must be those the token was signed with.
 *
 * @param maxAge the token verifies only if it was signed within this long ({@code :max_age}); null for the max age
 *     embedded in the token, {@link PhoenixToken#INFINITY} to never expire, zero or less to always expire
 * @param keyIterations PBKDF2 iterations of the key derivation ({@code :key_iterations})
 * @param keyLength length of the derived key in bytes ({@code :key_length})
 * @param keyDigest digest of the key derivation ({@code :key_digest})
 */
public record VerifyOptions(@Nullable Duration maxAge, int keyIterations, int keyLength, KeyDigest keyDigest) {

    private static final VerifyOptions DEFAULTS = new VerifyOptions(null, 1000, 32, KeyDigest.SHA256);

    /** Phoenix's defaults: the embedded max age, 1000 iterations, 32 bytes, SHA-256. */
    public static VerifyOptions defaults() {
        return DEFAULTS;
    }

    /** These options with {@code maxAge} (Phoenix recommends setting one; a day is reasonable). */
    public VerifyOptions withMaxAge(@Nullable Duration maxAge) {
        return new VerifyOptions(maxAge, keyIterations, keyLength, keyDigest);
    }

    /** These options with {@code keyIterations} PBKDF2 iterations. */
    public VerifyOptions withKeyIterations(int keyIterations) {
        return new VerifyOptions(maxAge, keyIterations, keyLength, keyDigest);
    }

    /** These options with a derived key of {@code keyLength} bytes. */
    public VerifyOptions withKeyLength(int keyLength) {
        return new VerifyOptions(maxAge, keyIterations, keyLength, keyDigest);
    }

    /** These options with {@code keyDigest} for the key derivation. */
    public VerifyOptions withKeyDigest(KeyDigest keyDigest) {
        return new VerifyOptions(maxAge, keyIterations, keyLength, keyDigest);
    }
}
