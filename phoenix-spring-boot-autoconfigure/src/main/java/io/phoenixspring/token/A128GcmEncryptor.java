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
 * {@code Plug.Crypto.MessageEncryptor} as {@code Phoenix.Token.encrypt} uses it, a JWE-like compact form:
 * {@code b64("A128GCM") . b64(wrapped CEK) . b64(IV) . b64(ciphertext) . b64(tag)}. A random 16-byte content key
 * encrypts the message with AES-GCM and the AAD {@code "A128GCM"}; the content key is wrapped (RFC 7518 §4.7) with
 * AES-GCM under the secret (its first 32 bytes; 16, 24 or 32 bytes) and the sign secret as AAD, as
 * {@code ciphertext ++ tag ++ iv}. Not the format of {@link MessageEncryptor}, which session cookies use.
 */
final class A128GcmEncryptor {

    private static final String PROTECTED = "A128GCM";
    private static final byte[] AAD = PROTECTED.getBytes(StandardCharsets.US_ASCII);
    private static final int IV = 12;
    private static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private A128GcmEncryptor() {}

    static String encrypt(byte[] message, byte[] secret, byte[] signSecret) {
        return encrypt(message, secret, signSecret, random(16), random(IV), random(IV));
    }

    /** With the random bytes given, for tests that reproduce a token byte for byte. */
    static String encrypt(byte[] message, byte[] secret, byte[] signSecret, byte[] cek, byte[] iv, byte[] wrapIv) {
        byte[] key = wrappingKey(secret);
        byte[] sealed = aesGcm(Cipher.ENCRYPT_MODE, cek, iv, AAD, message);
        byte[] wrapped = concat(aesGcm(Cipher.ENCRYPT_MODE, key, wrapIv, signSecret, cek), wrapIv);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(AAD) + "." + base64.encodeToString(wrapped) + "." + base64.encodeToString(iv)
                + "." + base64.encodeToString(Arrays.copyOf(sealed, sealed.length - TAG)) + "."
                + base64.encodeToString(Arrays.copyOfRange(sealed, sealed.length - TAG, sealed.length));
    }

    /** The message, when {@code token} decrypts and authenticates; empty for anything else, never an exception. */
    static Optional<byte[]> decrypt(String token, byte[] secret, byte[] signSecret) {
        byte[] key = wrappingKey(secret);
        String[] parts = token.split("\\.", 5);
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] protectedHeader = base64.decode(parts[0]);
            byte[] wrapped = base64.decode(parts[1]);
            byte[] iv = base64.decode(parts[2]);
            byte[] cipherText = base64.decode(parts[3]);
            byte[] tag = base64.decode(parts[4]);
            int cekLength = wrapped.length - TAG - IV;
            if (!Arrays.equals(protectedHeader, AAD)
                    || iv.length != IV
                    || tag.length != TAG
                    || (cekLength != 16 && cekLength != 24 && cekLength != 32)) {
                return Optional.empty();
            }
            byte[] wrapIv = Arrays.copyOfRange(wrapped, wrapped.length - IV, wrapped.length);
            byte[] cek =
                    aesGcm(Cipher.DECRYPT_MODE, key, wrapIv, signSecret, Arrays.copyOf(wrapped, wrapped.length - IV));
            return Optional.of(aesGcm(Cipher.DECRYPT_MODE, cek, iv, protectedHeader, concat(cipherText, tag)));
        } catch (IllegalArgumentException | BadTag e) {
            return Optional.empty();
        }
    }

    /** Plug uses the first 32 bytes of a longer secret; AES needs 16, 24 or 32. */
    private static byte[] wrappingKey(byte[] secret) {
        byte[] key = secret.length > 32 ? Arrays.copyOf(secret, 32) : secret;
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("encrypting a token needs a derived key of 16, 24 or at least 32 bytes,"
                    + " but keyLength is " + secret.length + "; set keyLength to 32 (the default), 16 or 24");
        }
        return key;
    }

    private static byte[] aesGcm(int mode, byte[] key, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG * 8, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new BadTag();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM/NoPadding is not available in this JVM", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A message that does not authenticate. */
    private static final class BadTag extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadTag() {
            super(null, null, false, false);
        }
    }
}
