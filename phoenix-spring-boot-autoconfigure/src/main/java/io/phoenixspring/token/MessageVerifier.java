package io.phoenixspring.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies messages, as {@code Plug.Crypto.MessageVerifier}: {@code "SFMyNTY." + base64url(payload) + "." +
 * base64url(HMAC-SHA256)}, compared in constant time.
 */
public final class MessageVerifier {

    private static final String PROTECTED = "SFMyNTY";

    private MessageVerifier() {}

    /** Signs {@code payload} with {@code key}. */
    public static String sign(byte[] payload, byte[] key) {
        String signed =
                PROTECTED + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
        return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(signed, key));
    }

    /** The payload of {@code token} when its signature is valid for {@code key}. */
    public static Optional<byte[]> verify(String token, byte[] key) {
        int first = token.indexOf('.');
        int last = token.lastIndexOf('.');
        if (first < 0 || last <= first || !token.substring(0, first).equals(PROTECTED)) {
            return Optional.empty();
        }
        String signed = token.substring(0, last);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(last + 1));
            if (!MessageDigest.isEqual(signature, hmac(signed, key))) {
                return Optional.empty();
            }
            return Optional.of(Base64.getUrlDecoder().decode(token.substring(first + 1, last)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(String data, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
