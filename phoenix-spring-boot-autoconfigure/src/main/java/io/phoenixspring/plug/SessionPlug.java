package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.RespCookie;
import io.phoenixspring.conn.SessionOption;
import io.phoenixspring.token.KeyGenerator;
import io.phoenixspring.token.MessageEncryptor;
import io.phoenixspring.token.MessageVerifier;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sets up the cookie session store, as {@code Plug.Session} with {@code store: :cookie}: nothing is read until a plug
 * calls {@code conn.fetchSession()}; a changed session is signed and written to the cookie just before the response
 * is sent. A cookie with a bad signature is ignored (an empty session), never an error.
 *
 * <p>With an {@linkplain Options#encryptionSalt() encryption salt} the cookie is also encrypted (AES-256-GCM with a key
 * derived from the secret key base and that salt), so the client cannot read it either; a cookie that does not
 * decrypt, a merely signed one included, is ignored the same way.
 *
 * <p>Values must be JSON-friendly: strings, numbers, booleans, lists and maps.
 */
public final class SessionPlug implements Plug {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final Options options;
    private final byte[] signingKey;
    private final byte @Nullable [] encryptionKey;
    private final JsonMapper json;

    /**
     * @param secretKeyBase the endpoint's secret key base
     * @param options the cookie's name, salt and attributes
     * @param json how session values are encoded
     */
    public SessionPlug(String secretKeyBase, Options options, JsonMapper json) {
        if (secretKeyBase.length() < 64) {
            throw new IllegalArgumentException("the session needs a secret_key_base of at least 64 bytes, got "
                    + secretKeyBase.length() + "; set phoenix.endpoint.secret-key-base (generate one with"
                    + " `openssl rand -base64 48`)");
        }
        this.options = options;
        this.signingKey = KeyGenerator.generate(secretKeyBase, options.signingSalt());
        String encryptionSalt = options.encryptionSalt();
        this.encryptionKey = encryptionSalt == null ? null : KeyGenerator.generate(secretKeyBase, encryptionSalt);
        this.json = json;
    }

    @Override
    public Conn call(Conn conn) {
        return conn.putSessionFetcher(this::fetch);
    }

    private Conn fetch(Conn conn) {
        Map<String, Object> session = new LinkedHashMap<>(load(conn.reqCookies().get(options.key())));
        Map<String, Object> testSession = conn.getPrivate(Conn.TEST_SESSION);
        if (testSession != null) {
            session.putAll(testSession);
        }
        conn.putLoadedSession(session);
        return conn.registerBeforeSend(this::store);
    }

    /** The name of the session cookie. */
    public String key() {
        return options.key();
    }

    /**
     * The session a cookie value holds, as the store reads it for a request: empty when the value is missing, forged,
     * expired or undecodable.
     */
    public Map<String, Object> read(@Nullable String cookie) {
        return Map.copyOf(load(cookie));
    }

    private Map<String, Object> load(@Nullable String cookie) {
        if (cookie == null || cookie.isEmpty()) {
            return Map.of();
        }
        Optional<byte[]> payload = encryptionKey == null
                ? MessageVerifier.verify(cookie, signingKey)
                : MessageEncryptor.decrypt(cookie, encryptionKey);
        if (payload.isEmpty()) {
            return Map.of();
        }
        try {
            return json.readValue(payload.get(), MAP);
        } catch (JacksonException e) {
            return Map.of();
        }
    }

    private Conn store(Conn conn) {
        SessionOption info = conn.sessionInfo();
        if (info == null || info == SessionOption.IGNORE) {
            return conn;
        }
        RespCookie cookie = cookie("");
        if (info == SessionOption.DROP) {
            return conn.reqCookies().containsKey(options.key()) ? conn.deleteRespCookie(options.key(), cookie) : conn;
        }
        Map<String, Object> session = new LinkedHashMap<>(conn.getSession());
        byte[] payload = json.writeValueAsBytes(session);
        String value = encryptionKey == null
                ? MessageVerifier.sign(payload, signingKey)
                : MessageEncryptor.encrypt(payload, encryptionKey);
        return conn.putRespCookie(options.key(), cookie(value));
    }

    private RespCookie cookie(String value) {
        return new RespCookie(
                value,
                options.path(),
                options.domain(),
                options.maxAge(),
                options.secure(),
                options.httpOnly(),
                options.sameSite());
    }

    /**
     * The session cookie's settings.
     *
     * @param key the cookie name, e.g. {@code "_hello_key"}
     * @param signingSalt the salt the signing key is derived with
     * @param maxAge how long the cookie lives, or null for a browser session
     * @param path the cookie path
     * @param domain the cookie domain, or null
     * @param secure whether the cookie is sent over HTTPS only
     * @param httpOnly whether scripts are denied the cookie
     * @param sameSite the {@code SameSite} attribute, or null
     * @param encryptionSalt the salt the encryption key is derived with, or null for a signed-only cookie
     */
    public record Options(
            String key,
            String signingSalt,
            @Nullable Duration maxAge,
            String path,
            @Nullable String domain,
            boolean secure,
            boolean httpOnly,
            @Nullable String sameSite,
            @Nullable String encryptionSalt) {

        /** A signed, unencrypted cookie's settings. */
        public Options(
                String key,
                String signingSalt,
                @Nullable Duration maxAge,
                String path,
                @Nullable String domain,
                boolean secure,
                boolean httpOnly,
                @Nullable String sameSite) {
            this(key, signingSalt, maxAge, path, domain, secure, httpOnly, sameSite, null);
        }

        public Options {
            if (encryptionSalt != null && encryptionSalt.isEmpty()) {
                throw new IllegalArgumentException("the session encryption salt is empty; set"
                        + " phoenix.endpoint.session.encryption-salt to a non-empty value, or leave it unset for a"
                        + " signed-only cookie");
            }
        }
    }
}
