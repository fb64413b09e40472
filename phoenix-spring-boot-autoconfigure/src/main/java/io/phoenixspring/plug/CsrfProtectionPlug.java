package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.SessionOption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Protects from cross-site request forgery, as {@code Plug.CSRFProtection}: every request whose method is not GET,
 * HEAD or OPTIONS (TRACE, PUT, PATCH and DELETE included) must carry the token of {@link #getCsrfToken(Conn)}, in the
 * body param {@code _csrf_token} or the first {@code x-csrf-token} header; never in the query string. A GET answered
 * with JavaScript must come from XHR ({@code x-requested-with: XMLHttpRequest}), so another site's
 * {@code <script src>} cannot read it.
 *
 * <p>The session must be fetched before. Its {@code _csrf_token} key holds the unmasked token (24 characters, from
 * 18 random bytes); it is made only when a token is asked for, and written in before-send only when it changed. Each
 * request hands out a different masked token (BREACH), and all of them validate against the session's token, compared
 * in constant time. For tests only, {@code conn.putPrivate("plug_skip_csrf_protection", true)} skips the checks.
 *
 * <pre>{@code
 * router.pipeline("browser", p -> p.plug("fetchSession").plug("fetchFlash").plug("protectFromForgery"));
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/plug/Plug.CSRFProtection.html">Plug.CSRFProtection</a>
 */
public final class CsrfProtectionPlug implements Plug {

    /** The session key of the token, and the body param it is sent in. */
    public static final String DEFAULT_SESSION_KEY = "_csrf_token";

    /** The private key that, set to {@code true}, skips the checks (for tests). */
    public static final String SKIP_PRIVATE = "plug_skip_csrf_protection";

    private static final String STATE = "plug_csrf_token_state";
    private static final Set<String> UNPROTECTED = Set.of("GET", "HEAD", "OPTIONS");
    private static final int TOKEN_BYTES = 18;
    private static final int ENCODED_TOKEN_SIZE = 24;
    private static final int DOUBLE_ENCODED_TOKEN_SIZE = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What happens to a request whose token is missing or wrong. */
    public enum Mode {
        /** Throw {@link InvalidCsrfTokenException} (403). */
        EXCEPTION,
        /** Go on with an empty session, and write no session change in this request. */
        CLEAR_SESSION
    }

    /**
     * The plug's options.
     *
     * @param with what happens to a request without a valid token
     * @param sessionKey the session key of the unmasked token
     */
    public record Options(Mode with, String sessionKey) {

        /** {@link Mode#EXCEPTION} and {@value #DEFAULT_SESSION_KEY}, as Plug's defaults. */
        public static Options defaults() {
            return new Options(Mode.EXCEPTION, DEFAULT_SESSION_KEY);
        }

        /** {@code with} and the default session key. */
        public static Options with(Mode with) {
            return new Options(with, DEFAULT_SESSION_KEY);
        }

        public Options {
            Objects.requireNonNull(with, "with");
            if (sessionKey.isEmpty()) {
                throw new IllegalArgumentException(
                        "the CSRF session key is empty; use \"" + DEFAULT_SESSION_KEY + "\" or another non-empty key");
            }
        }
    }

    private final Options options;

    /** With Plug's defaults: a 403 for a bad token, the token under {@code _csrf_token}. */
    public CsrfProtectionPlug() {
        this(Options.defaults());
    }

    public CsrfProtectionPlug(Options options) {
        this.options = options;
    }

    @Override
    public Conn call(Conn conn) {
        requireSession(conn, "protectFromForgery");
        State state = State.load(conn, options.sessionKey());
        conn.putPrivate(STATE, state);
        if (!verified(conn, state.sessionToken)) {
            if (options.with() == Mode.EXCEPTION) {
                throw new InvalidCsrfTokenException();
            }
            conn.configureSession(SessionOption.IGNORE).clearSession();
        }
        return conn.registerBeforeSend(c -> ensureSameOriginAndToken(c, state));
    }

    // ================================================================ tokens

    /**
     * The masked CSRF token of this request, to put in forms ({@code _csrf_token}) or a {@code csrf-token} meta tag:
     * the same string for every call in one request, a different one in each request. The unmasked token is made
     * when the session has none and stored in the session when the response is sent.
     *
     * @throws IllegalStateException when the session was not fetched
     */
    public static String getCsrfToken(Conn conn) {
        State state = state(conn, "getCsrfToken");
        if (state.masked == null) {
            if (state.unmasked == null) {
                state.unmasked = generateToken();
            }
            state.masked = mask(state.unmasked);
        }
        return state.masked;
    }

    /**
     * Forgets the CSRF token: it is deleted from the session when the response is sent, and a later
     * {@link #getCsrfToken} in this request makes a new one. Call it on log in, against session fixation.
     */
    public static Conn deleteCsrfToken(Conn conn) {
        State state = state(conn, "deleteCsrfToken");
        state.unmasked = null;
        state.masked = null;
        return conn;
    }

    /** The request's token state; without the plug, one over the default session key that is written on send. */
    private static State state(Conn conn, String caller) {
        State state = conn.getPrivate(STATE);
        if (state == null) {
            requireSession(conn, caller);
            State loaded = State.load(conn, DEFAULT_SESSION_KEY);
            conn.putPrivate(STATE, loaded);
            conn.registerBeforeSend(c -> persist(c, loaded));
            return loaded;
        }
        return state;
    }

    // ================================================================ verification

    private static boolean verified(Conn conn, @Nullable String sessionToken) {
        return UNPROTECTED.contains(conn.method())
                || valid(sessionToken, conn.bodyParams().get(DEFAULT_SESSION_KEY))
                || valid(sessionToken, conn.firstReqHeader("x-csrf-token"))
                || skipped(conn);
    }

    /**
     * Whether {@code sent} (a masked token, as {@link #getCsrfToken} gives) matches the token a session holds under
     * {@code _csrf_token}, as Plug's {@code valid_state_and_csrf_token?}: how sockets decide to expose the session.
     */
    public static boolean validToken(@Nullable Object sessionToken, @Nullable Object sent) {
        return sessionToken instanceof String token && token.length() == ENCODED_TOKEN_SIZE && valid(token, sent);
    }

    private static boolean valid(@Nullable String sessionToken, @Nullable Object sent) {
        if (sessionToken == null
                || !(sent instanceof String userToken)
                || userToken.length() != DOUBLE_ENCODED_TOKEN_SIZE + ENCODED_TOKEN_SIZE) {
            return false;
        }
        byte[] masked;
        try {
            masked = Base64.getUrlDecoder().decode(userToken.substring(0, DOUBLE_ENCODED_TOKEN_SIZE));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] mask = userToken.substring(DOUBLE_ENCODED_TOKEN_SIZE).getBytes(StandardCharsets.ISO_8859_1);
        return masked.length == mask.length
                && MessageDigest.isEqual(xor(masked, mask), sessionToken.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean skipped(Conn conn) {
        return Boolean.TRUE.equals(conn.getPrivate(SKIP_PRIVATE));
    }

    // ================================================================ before send

    private static Conn ensureSameOriginAndToken(Conn conn, State state) {
        if (crossOriginJavaScript(conn)) {
            throw new InvalidCrossOriginRequestException();
        }
        return persist(conn, state);
    }

    private static boolean crossOriginJavaScript(Conn conn) {
        return conn.method().equals("GET")
                && !skipped(conn)
                && !conn.getReqHeader("x-requested-with").contains("XMLHttpRequest")
                && conn.getRespHeader("content-type").stream()
                        .anyMatch(t -> t.startsWith("text/javascript") || t.startsWith("application/javascript"));
    }

    private static Conn persist(Conn conn, State state) {
        String current = state.unmasked;
        if (Objects.equals(current, state.sessionToken)) {
            return conn;
        }
        return current == null ? conn.deleteSession(state.sessionKey) : conn.putSession(state.sessionKey, current);
    }

    // ================================================================ helpers

    private static void requireSession(Conn conn, String caller) {
        try {
            conn.getSession();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    caller + " needs a fetched session to keep the CSRF token in, but the session was not fetched;"
                            + " plug fetchSession before it (e.g. p.plug(\"fetchSession\").plug(\"protectFromForgery\"))"
                            + " and set phoenix.endpoint.session.key",
                    e);
        }
    }

    private static String mask(String token) {
        String mask = generateToken();
        byte[] masked = xor(token.getBytes(StandardCharsets.ISO_8859_1), mask.getBytes(StandardCharsets.ISO_8859_1));
        return Base64.getUrlEncoder().encodeToString(masked) + mask;
    }

    private static byte[] xor(byte[] left, byte[] right) {
        byte[] out = new byte[left.length];
        for (int i = 0; i < left.length; i++) {
            out[i] = (byte) (left[i] ^ right[i]);
        }
        return out;
    }

    private static String generateToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    /** The token of one request: what the session had, and what it will have. */
    private static final class State {
        final String sessionKey;
        final @Nullable String sessionToken;

        @Nullable
        String unmasked;

        @Nullable
        String masked;

        private State(String sessionKey, @Nullable String sessionToken) {
            this.sessionKey = sessionKey;
            this.sessionToken = sessionToken;
            this.unmasked = sessionToken;
        }

        static State load(Conn conn, String sessionKey) {
            Object token = conn.getSession(sessionKey);
            return new State(sessionKey, token instanceof String s && s.length() == ENCODED_TOKEN_SIZE ? s : null);
        }
    }

    @Override
    public String toString() {
        return "CsrfProtectionPlug" + List.of(options.with(), options.sessionKey());
    }
}
