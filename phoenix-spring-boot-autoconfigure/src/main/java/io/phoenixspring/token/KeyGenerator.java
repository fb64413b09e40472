package io.phoenixspring.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives keys from a secret and a salt with PBKDF2 (RFC 2898), as {@code Plug.Crypto.KeyGenerator}: 1000
 * iterations, 32 bytes and HMAC-SHA256 by default. Derived keys are cached, as Plug caches them.
 *
 * @see <a href="https://hexdocs.pm/plug_crypto/Plug.Crypto.KeyGenerator.html">Plug.Crypto.KeyGenerator</a>
 */
public final class KeyGenerator {

    private static final Map<CacheKey, byte[]> CACHE = new ConcurrentHashMap<>();

    private KeyGenerator() {}

    /** The 32-byte key for {@code secret} and {@code salt} with 1000 iterations of PBKDF2-HMAC-SHA256. */
    public static byte[] generate(String secret, String salt) {
        return generate(secret, salt, 1000, 32);
    }

    /** The {@code length}-byte key for {@code secret} and {@code salt} with {@code iterations} of PBKDF2-HMAC-SHA256. */
    public static byte[] generate(String secret, String salt, int iterations, int length) {
        return generate(secret, salt, iterations, length, KeyDigest.SHA256);
    }

    /**
     * The {@code length}-byte key for {@code secret} and {@code salt} with {@code iterations} of PBKDF2 over the HMAC
     * of {@code digest}.
     *
     * @throws IllegalArgumentException when {@code iterations} or {@code length} is not positive
     */
    public static byte[] generate(String secret, String salt, int iterations, int length, KeyDigest digest) {
        if (iterations < 1 || length < 1) {
            throw new IllegalArgumentException("PBKDF2 needs at least 1 iteration and a key of at least 1 byte, got "
                    + iterations + " iterations and " + length + " bytes; use the defaults, 1000 and 32");
        }
        CacheKey cacheKey = new CacheKey(secret, salt, iterations, length, digest);
        return CACHE.computeIfAbsent(cacheKey, k -> pbkdf2(secret, salt, iterations, length, digest))
                .clone();
    }

    /** The whole secret is part of the key: two secrets with the same hash code must not share a derived key. */
    private record CacheKey(String secret, String salt, int iterations, int length, KeyDigest digest) {}

    private static byte[] pbkdf2(String secret, String salt, int iterations, int length, KeyDigest digest) {
        try {
            Mac mac = Mac.getInstance(digest.hmacAlgorithm());
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), digest.hmacAlgorithm()));
            byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[length];
            int h = digest.length();
            int blocks = (length + h - 1) / h;
            for (int block = 1; block <= blocks; block++) {
                mac.update(saltBytes);
                mac.update(
                        new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                byte[] u = mac.doFinal();
                byte[] t = u.clone();
                for (int i = 1; i < iterations; i++) {
                    u = mac.doFinal(u);
                    for (int j = 0; j < t.length; j++) {
                        t[j] ^= u[j];
                    }
                }
                System.arraycopy(t, 0, out, (block - 1) * h, Math.min(h, length - (block - 1) * h));
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(digest.hmacAlgorithm() + " is not available in this JVM", e);
        }
    }
}
