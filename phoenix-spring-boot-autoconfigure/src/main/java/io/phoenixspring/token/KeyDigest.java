package io.phoenixspring.token;

/**
 * The digest of the HMAC behind PBKDF2 in {@link KeyGenerator}, as {@code Plug.Crypto.KeyGenerator}'s
 * {@code :digest} option ({@code :sha256}, {@code :sha384}, {@code :sha512}); also the HMAC of a signed token's
 * {@code HS256}/{@code HS384}/{@code HS512} envelope.
 */
public enum KeyDigest {
    SHA256("HmacSHA256", 32, "HS256"),
    SHA384("HmacSHA384", 48, "HS384"),
    SHA512("HmacSHA512", 64, "HS512");

    private final String hmac;
    private final int length;
    private final String envelope;

    KeyDigest(String hmac, int length, String envelope) {
        this.hmac = hmac;
        this.length = length;
        this.envelope = envelope;
    }

    /** The JCA name of the HMAC, e.g. {@code HmacSHA256}. */
    public String hmacAlgorithm() {
        return hmac;
    }

    /** The length of the digest in bytes. */
    public int length() {
        return length;
    }

    /** The protected header of a token signed with this HMAC, e.g. {@code HS256}. */
    String envelope() {
        return envelope;
    }
}
