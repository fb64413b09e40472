package io.phoenixspring.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives keys from a secret and a salt with PBKDF2, as {@code Plug.Crypto.KeyGenerator}: 1000 iterations, 32 bytes
 * and HMAC-SHA256 by default. Derived keys are cached, as Plug caches them.
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
        CacheKey cacheKey = new CacheKey(secret, salt, iterations, length);
        return CACHE.computeIfAbsent(cacheKey, k -> pbkdf2(secret, salt, iterations, length))
                .clone();
    }

    /** The whole secret is part of the key: two secrets with the same hash code must not share a derived key. */
    private record CacheKey(String secret, String salt, int iterations, int length) {}

    private static byte[] pbkdf2(String secret, String salt, int iterations, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[length];
            int blocks = (length + 31) / 32;
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
                System.arraycopy(t, 0, out, (block - 1) * 32, Math.min(32, length - (block - 1) * 32));
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
