package io.phoenixspring.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and authenticates messages with AES-256-GCM, in the spirit of {@code Plug.Crypto.MessageEncryptor}: what
 * encrypted session cookies and {@code Phoenix.Token.encrypt} stand on.
 *
 * <p>A message is {@code "QTI1NkdDTQ." + base64url(iv) + "." + base64url(ciphertext) + "." + base64url(tag)}, where
 * the first part is {@code base64url("A256GCM")}, also bound to the ciphertext as additional authenticated data; the
 * IV is 12 random bytes and the tag 16 bytes. Anything altered, or made with another key, fails to decrypt.
 *
 * <pre>{@code
 * byte[] key = KeyGenerator.generate(secretKeyBase, "encrypted cookie");
 * String token = MessageEncryptor.encrypt(payload, key);
 * Optional<byte[]> back = MessageEncryptor.decrypt(token, key);
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/plug_crypto/Plug.Crypto.MessageEncryptor.html">Plug.Crypto.MessageEncryptor</a>
 */
public final class MessageEncryptor {

    private static final String PROTECTED = "QTI1NkdDTQ";
    private static final byte[] AAD = PROTECTED.getBytes(StandardCharsets.US_ASCII);
    private static final int IV_LENGTH = 12;
    private static final int TAG_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageEncryptor() {}

    /**
     * Encrypts {@code message} with {@code key}.
     *
     * @param key 32 bytes, e.g. from {@link KeyGenerator#generate(String, String)}
     * @throws IllegalArgumentException when the key is not 32 bytes long
     */
    public static String encrypt(byte[] message, byte[] key) {
        checkKey(key);
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, key, iv, message);
        byte[] cipherText = Arrays.copyOfRange(sealed, 0, sealed.length - TAG_LENGTH);
        byte[] tag = Arrays.copyOfRange(sealed, sealed.length - TAG_LENGTH, sealed.length);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return PROTECTED + "." + base64.encodeToString(iv) + "." + base64.encodeToString(cipherText) + "."
                + base64.encodeToString(tag);
    }

    /**
     * The message of {@code token} when it was encrypted with {@code key} and not altered since; empty for anything
     * else (a forged, tampered, truncated or garbage token), never an exception.
     */
    public static Optional<byte[]> decrypt(String token, byte[] key) {
        checkKey(key);
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(PROTECTED)) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] iv = base64.decode(parts[1]);
            byte[] cipherText = base64.decode(parts[2]);
            byte[] tag = base64.decode(parts[3]);
            if (iv.length != IV_LENGTH || tag.length != TAG_LENGTH) {
                return Optional.empty();
            }
            byte[] sealed = Arrays.copyOf(cipherText, cipherText.length + TAG_LENGTH);
            System.arraycopy(tag, 0, sealed, cipherText.length, TAG_LENGTH);
            return Optional.of(run(Cipher.DECRYPT_MODE, key, iv, sealed));
        } catch (IllegalArgumentException | BadTag e) {
            return Optional.empty();
        }
    }

    private static byte[] run(int mode, byte[] key, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, iv));
            cipher.updateAAD(AAD);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new BadTag();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM/NoPadding is not available in this JVM", e);
        }
    }

    private static void checkKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256-GCM needs a key of 32 bytes, got " + key.length
                    + "; derive one with KeyGenerator.generate(secretKeyBase, salt)");
        }
    }

    /** A message that does not authenticate. */
    private static final class BadTag extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadTag() {
            super(null, null, false, false);
        }
    }
}
