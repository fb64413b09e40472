package io.phoenixspring.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Signs and verifies messages, as {@code Plug.Crypto.MessageVerifier}: {@code base64url("HS256") + "." +
 * base64url(payload) + "." + base64url(HMAC-SHA256(key, the first two parts))}, so {@code "SFMyNTY.<payload>.<mac>"}.
 * Verification also accepts the {@code HS384} and {@code HS512} envelopes, and compares in constant time.
 *
 * @see <a href="https://hexdocs.pm/plug_crypto/Plug.Crypto.MessageVerifier.html">Plug.Crypto.MessageVerifier</a>
 */
public final class MessageVerifier {

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private MessageVerifier() {}

    /** Signs {@code payload} with {@code key} and HMAC-SHA256. */
    public static String sign(byte[] payload, byte[] key) {
        return sign(payload, key, KeyDigest.SHA256);
    }

    /** Signs {@code payload} with {@code key} and the HMAC of {@code digest} ({@code HS256}, {@code HS384}, ...). */
    public static String sign(byte[] payload, byte[] key, KeyDigest digest) {
        String signed = BASE64.encodeToString(digest.envelope().getBytes(StandardCharsets.US_ASCII)) + "."
                + BASE64.encodeToString(payload);
        return signed + "." + BASE64.encodeToString(hmac(digest, signed, key));
    }

    /**
     * The payload of {@code token} when its signature is valid for {@code key}; empty for anything else (forged,
     * tampered, truncated, garbage), never an exception.
     */
    public static Optional<byte[]> verify(String token, byte[] key) {
        String[] parts = token.split("\\.", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            KeyDigest digest = digest(new String(base64.decode(parts[0]), StandardCharsets.ISO_8859_1));
            byte[] payload = base64.decode(parts[1]);
            byte[] signature = base64.decode(parts[2]);
            if (digest == null) {
                return Optional.empty();
            }
            byte[] challenge = hmac(digest, parts[0] + "." + parts[1], key);
            return MessageDigest.isEqual(challenge, signature) ? Optional.of(payload) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable KeyDigest digest(String envelope) {
        for (KeyDigest digest : KeyDigest.values()) {
            if (digest.envelope().equals(envelope)) {
                return digest;
            }
        }
        return null;
    }

    private static byte[] hmac(KeyDigest digest, String data, byte[] key) {
        try {
            Mac mac = Mac.getInstance(digest.hmacAlgorithm());
            mac.init(new SecretKeySpec(key, digest.hmacAlgorithm()));
            return mac.doFinal(data.getBytes(StandardCharsets.ISO_8859_1));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(digest.hmacAlgorithm() + " is not available in this JVM", e);
        }
    }
}
