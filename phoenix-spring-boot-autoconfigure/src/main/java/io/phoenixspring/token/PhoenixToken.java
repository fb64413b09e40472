package io.phoenixspring.token;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Signed and encrypted bearer tokens, as {@code Phoenix.Token}: for channel and API authentication, password resets,
 * e-mail confirmation. Byte for byte the tokens of an Elixir Phoenix application with the same secret key base, so
 * either side verifies what the other signed.
 *
 * <p>Signed tokens ({@link #sign sign}, {@link #verify verify}) are {@code "SFMyNTY." + base64url(payload) + "." +
 * base64url(HMAC-SHA256)}, where the payload is {@code :erlang.term_to_binary({data, signed_at_ms, max_age})} (see
 * {@link Etf}) and the key is derived from the secret key base and the salt with PBKDF2. The data is signed, not
 * encrypted: anyone can read it, nobody can change it. User ids are fine; for confidential data use
 * {@link #encrypt encrypt} and {@link #decrypt decrypt}.
 *
 * <p>The salt is a namespace: sign and verify with the same salt, and use a different salt per purpose (never the
 * same for "user auth" and password resets). Always verify with a max age; a day is reasonable. Without one, the max
 * age embedded at signing applies (a day by default).
 *
 * <pre>{@code
 * String token = tokens.sign("user auth", user.id());
 * VerifyResult result = tokens.verify("user auth", token, Duration.ofDays(1)); // Ok(42), Expired, Invalid or Missing
 * }</pre>
 *
 * <p>Auto-configuration declares one over {@code phoenix.endpoint.secret-key-base}.
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Token.html">Phoenix.Token</a>
 */
public final class PhoenixToken {

    /** A max age that never expires ({@code :infinity}). */
    public static final Duration INFINITY = ChronoUnit.FOREVER.getDuration();

    /** The max age embedded when signing is given none: one day ({@code 86400}). */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(1);

    private static final Etf.Atom INFINITY_ATOM = new Etf.Atom("infinity");

    private final @Nullable String secretKeyBase;
    private final Clock clock;

    /**
     * @param secretKeyBase the secret the keys are derived from, at least 20 random characters (the endpoint's has
     *     at least 64); null throws when a token is signed or verified, as Phoenix without a {@code secret_key_base}
     * @throws IllegalArgumentException when the secret key base is shorter than 20 bytes
     */
    public PhoenixToken(@Nullable String secretKeyBase) {
        this(secretKeyBase, Clock.systemUTC());
    }

    /**
     * @param secretKeyBase the secret the keys are derived from, at least 20 random characters
     * @param clock the clock of {@code signed_at} and of expiry
     * @throws IllegalArgumentException when the secret key base is shorter than 20 bytes
     */
    public PhoenixToken(@Nullable String secretKeyBase, Clock clock) {
        if (secretKeyBase != null && secretKeyBase.getBytes(StandardCharsets.UTF_8).length < 20) {
            throw new IllegalArgumentException("expected a secret key base of at least 20 random characters, got "
                    + secretKeyBase.getBytes(StandardCharsets.UTF_8).length
                    + " bytes; generate one with `openssl rand -base64 48`");
        }
        this.secretKeyBase = secretKeyBase;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Signing

    /** Encodes and signs {@code data} (see {@link Etf} for the Java types allowed), with a max age of one day. */
    public String sign(String salt, @Nullable Object data) {
        return sign(salt, data, SignOptions.defaults());
    }

    /**
     * Encodes and signs {@code data} with {@code options}.
     *
     * @throws IllegalArgumentException when {@code data} cannot be encoded as an Erlang term
     * @throws IllegalStateException when there is no secret key base
     */
    public String sign(String salt, @Nullable Object data, SignOptions options) {
        byte[] key = key(salt, options.keyIterations(), options.keyLength(), options.keyDigest());
        return MessageVerifier.sign(payload(data, options), key);
    }

    /** Verifies {@code token} with the max age embedded in it (a day unless it was signed with another). */
    public VerifyResult verify(String salt, @Nullable String token) {
        return verify(salt, token, VerifyOptions.defaults());
    }

    /** Verifies {@code token}: valid only if signed within {@code maxAge} ({@link #INFINITY} never expires). */
    public VerifyResult verify(String salt, @Nullable String token, Duration maxAge) {
        return verify(salt, token, VerifyOptions.defaults().withMaxAge(maxAge));
    }

    /**
     * Decodes the data of {@code token} and verifies its integrity and age. Never throws for a bad token.
     *
     * @return {@code Ok(data)}; {@code Expired}; {@code Invalid} for anything not signed with this secret, salt and
     *     key options; {@code Missing} for a null token
     * @throws IllegalStateException when there is no secret key base
     */
    public VerifyResult verify(String salt, @Nullable String token, VerifyOptions options) {
        byte[] key = key(salt, options.keyIterations(), options.keyLength(), options.keyDigest());
        if (token == null) {
            return new VerifyResult.Missing();
        }
        return decode(MessageVerifier.verify(token, key), options);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Encryption

    /** Encodes, encrypts and signs {@code data}, with {@code secret} as the salt of the key, a max age of one day. */
    public String encrypt(String secret, @Nullable Object data) {
        return encrypt(secret, data, SignOptions.defaults());
    }

    /**
     * Encodes, encrypts and signs {@code data} with {@code options}: AES-GCM under a random content key, wrapped with
     * the key derived from the secret key base and {@code secret}.
     *
     * @throws IllegalArgumentException when {@code data} cannot be encoded, or the key length is not 16, 24 or ≥ 32
     * @throws IllegalStateException when there is no secret key base
     */
    public String encrypt(String secret, @Nullable Object data, SignOptions options) {
        byte[] key = key(secret, options.keyIterations(), options.keyLength(), options.keyDigest());
        return A128GcmEncryptor.encrypt(payload(data, options), key, new byte[0]);
    }

    /** With the random bytes given, for tests reproducing an Erlang-made token. */
    String encrypt(String secret, @Nullable Object data, SignOptions options, byte[] cek, byte[] iv, byte[] wrapIv) {
        byte[] key = key(secret, options.keyIterations(), options.keyLength(), options.keyDigest());
        return A128GcmEncryptor.encrypt(payload(data, options), key, new byte[0], cek, iv, wrapIv);
    }

    /** Decrypts {@code token} with the max age embedded in it. */
    public VerifyResult decrypt(String secret, @Nullable String token) {
        return decrypt(secret, token, VerifyOptions.defaults());
    }

    /** Decrypts {@code token}: valid only if made within {@code maxAge}. */
    public VerifyResult decrypt(String secret, @Nullable String token, Duration maxAge) {
        return decrypt(secret, token, VerifyOptions.defaults().withMaxAge(maxAge));
    }

    /**
     * Decrypts {@code token} and verifies its integrity and age; results as {@link #verify(String, String,
     * VerifyOptions)}.
     *
     * @throws IllegalStateException when there is no secret key base
     */
    public VerifyResult decrypt(String secret, @Nullable String token, VerifyOptions options) {
        byte[] key = key(secret, options.keyIterations(), options.keyLength(), options.keyDigest());
        if (token == null) {
            return new VerifyResult.Missing();
        }
        return decode(A128GcmEncryptor.decrypt(token, key, new byte[0]), options);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Internals

    private byte[] key(String salt, int iterations, int length, KeyDigest digest) {
        if (secretKeyBase == null) {
            throw new IllegalStateException("no secret_key_base configuration found, so a Phoenix.Token cannot be"
                    + " signed or verified.\nEnsure your environment has the necessary configuration. For example,"
                    + " in application.properties (in production from the environment,"
                    + " PHOENIX_ENDPOINT_SECRET_KEY_BASE):\n\n    phoenix.endpoint.secret-key-base=...\n\n"
                    + "generated with `openssl rand -base64 48`, or pass a secret key base to new PhoenixToken(...)");
        }
        return KeyGenerator.generate(secretKeyBase, salt, iterations, length, digest);
    }

    private byte[] payload(@Nullable Object data, SignOptions options) {
        long signedAtMs =
                options.signedAt() == null ? clock.millis() : options.signedAt().toEpochMilli();
        return Etf.encode(Etf.Tuple.of(data, signedAtMs, maxAgeTerm(options.maxAge())));
    }

    /** Whole seconds as an integer, fractions as a float, {@link #INFINITY} as {@code :infinity}. */
    private static Object maxAgeTerm(Duration maxAge) {
        if (maxAge.equals(INFINITY)) {
            return INFINITY_ATOM;
        }
        return maxAge.getNano() == 0
                ? (Object) maxAge.getSeconds()
                : BigDecimal.valueOf(maxAge.getSeconds())
                        .add(BigDecimal.valueOf(maxAge.getNano(), 9))
                        .doubleValue();
    }

    /** Plug.Crypto's decode: {@code {data, signed, max_age}}, {@code {data, signed}} or {@code %{data:, signed:}}. */
    private VerifyResult decode(Optional<byte[]> message, VerifyOptions options) {
        if (message.isEmpty()) {
            return new VerifyResult.Invalid();
        }
        try {
            Envelope envelope = Envelope.of(EtfDecoder.decode(message.get(), true));
            if (envelope == null) {
                return new VerifyResult.Invalid();
            }
            Object maxAge = options.maxAge() == null ? envelope.maxAge() : options.maxAge();
            return expired(envelope.signed(), maxAge)
                    ? new VerifyResult.Expired()
                    : new VerifyResult.Ok(Envelope.atomsToStrings(envelope.data()));
        } catch (IllegalArgumentException e) {
            return new VerifyResult.Invalid();
        }
    }

    /** {@code signed + trunc(max_age * 1000) < now}; {@code :infinity} never, {@code max_age <= 0} always. */
    private boolean expired(BigInteger signedMs, @Nullable Object maxAge) {
        BigDecimal maxAgeSeconds;
        if (maxAge instanceof Duration duration) {
            if (duration.equals(INFINITY)) {
                return false;
            }
            maxAgeSeconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        } else if (INFINITY_ATOM.equals(maxAge)) {
            return false;
        } else if (maxAge instanceof Double d) {
            maxAgeSeconds = new BigDecimal(d);
        } else if (maxAge instanceof Number n) {
            maxAgeSeconds = new BigDecimal(TermOrder.toBigInteger(n));
        } else {
            throw new IllegalArgumentException("max_age is neither a number nor :infinity");
        }
        if (maxAgeSeconds.signum() <= 0) {
            return true;
        }
        BigInteger maxAgeMs = maxAgeSeconds.movePointRight(3).toBigInteger();
        return signedMs.add(maxAgeMs).compareTo(BigInteger.valueOf(clock.millis())) < 0;
    }

    /** The three things a token payload holds. */
    private record Envelope(
            @Nullable Object data,
            BigInteger signed,
            @Nullable Object maxAge) {

        private static final Long LEGACY_MAX_AGE = 86400L;

        static @Nullable Envelope of(@Nullable Object term) {
            if (term instanceof Etf.Tuple tuple && tuple.size() == 3 && isInteger(tuple.get(1))) {
                return new Envelope(tuple.get(0), TermOrder.toBigInteger((Number) tuple.get(1)), tuple.get(2));
            } else if (term instanceof Etf.Tuple tuple && tuple.size() == 2 && isInteger(tuple.get(1))) {
                return new Envelope(tuple.get(0), TermOrder.toBigInteger((Number) tuple.get(1)), LEGACY_MAX_AGE);
            } else if (term instanceof Map<?, ?> map
                    && map.containsKey(new Etf.Atom("data"))
                    && isInteger(map.get(new Etf.Atom("signed")))) {
                Object signed = map.get(new Etf.Atom("signed"));
                return new Envelope(
                        map.get(new Etf.Atom("data")), TermOrder.toBigInteger((Number) signed), LEGACY_MAX_AGE);
            }
            return null;
        }

        private static boolean isInteger(@Nullable Object value) {
            return value != null && EtfEncoder.isInteger(value);
        }

        /** The data as {@link Etf#decode} gives it: atoms as strings. */
        static @Nullable Object atomsToStrings(@Nullable Object term) {
            if (term instanceof Etf.Atom atom) {
                return atom.name();
            } else if (term instanceof List<?> list) {
                return Collections.unmodifiableList(
                        list.stream().map(Envelope::atomsToStrings).collect(Collectors.toList()));
            } else if (term instanceof Etf.Tuple tuple) {
                return new Etf.Tuple(
                        tuple.elements().stream().map(Envelope::atomsToStrings).collect(Collectors.toList()));
            } else if (term instanceof Map<?, ?> map) {
                Map<@Nullable Object, @Nullable Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(atomsToStrings(k), atomsToStrings(v)));
                return Collections.unmodifiableMap(copy);
            }
            return term;
        }
    }
}
