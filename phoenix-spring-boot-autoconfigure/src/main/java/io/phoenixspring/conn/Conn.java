package io.phoenixspring.conn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request and its response, as {@code Plug.Conn}: what came (method, host, path, headers, params, cookies),
 * what plugs learned on the way ({@code assigns}, private data) and the response being built.
 *
 * <p>A conn is confined to its request thread. Every operation returns the conn, so a plug reads as
 * {@code conn -> conn.assign("user", user)}. Once the response is sent, setting or sending another is an
 * {@link AlreadySentException}.
 *
 * @see <a href="https://hexdocs.pm/plug/Plug.Conn.html">Plug.Conn</a>
 */
public final class Conn {

    /** Plug's default response headers. */
    private static final Header DEFAULT_CACHE_CONTROL =
            new Header("cache-control", "max-age=0, private, must-revalidate");

    private static final String SESSION = "plug_session";
    private static final String SESSION_FETCH = "plug_session_fetch";
    private static final String SESSION_INFO = "plug_session_info";

    /** Private key of a session given by a test ({@code initTestSession}), merged over the stored session. */
    public static final String TEST_SESSION = "plug_session_test";

    private final ConnAdapter adapter;

    // ---------------------------------------------------------------- request

    private String method;
    private final String originalMethod;
    private List<String> pathInfo;
    private List<String> scriptName;
    private @Nullable List<Header> reqHeaders;
    private @Nullable Map<String, String> reqCookies;
    private @Nullable Params queryParams;
    private @Nullable Params bodyParams;
    private Params pathParams = Params.empty();
    private @Nullable Params params;
    private byte @Nullable [] body;

    // ---------------------------------------------------------------- plug data

    private final Map<String, @Nullable Object> assigns = new LinkedHashMap<>();
    private final Map<String, @Nullable Object> privateData = new LinkedHashMap<>(32);
    private boolean halted;

    // ---------------------------------------------------------------- response

    private @Nullable Integer status;
    private final List<Header> respHeaders = new ArrayList<>(4);
    private final Map<String, RespCookie> respCookies = new LinkedHashMap<>();
    private byte @Nullable [] respBody;
    private ConnState state = ConnState.UNSET;
    private @Nullable List<UnaryOperator<Conn>> beforeSend;

    /** A conn over the request {@code adapter} gives. */
    public Conn(ConnAdapter adapter) {
        this.adapter = adapter;
        this.method = adapter.method();
        this.originalMethod = method;
        this.scriptName = splitPath(adapter.mountPath());
        List<String> segments = splitPath(adapter.requestPath());
        this.pathInfo = segments.subList(Math.min(scriptName.size(), segments.size()), segments.size());
        this.respHeaders.add(DEFAULT_CACHE_CONTROL);
    }

    /** Splits a path into its non-empty segments, as {@code Plug.Router.Utils.split/1}. */
    public static List<String> splitPath(String path) {
        if (path.isEmpty() || "/".equals(path)) {
            return List.of();
        }
        List<String> segments = new ArrayList<>();
        int start = 0;
        int length = path.length();
        while (start < length) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? length : slash;
            if (end > start) {
                segments.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return Collections.unmodifiableList(segments);
    }

    // ================================================================ request data

    /** The request method, upper case; {@code MethodOverride} and {@code Head} may have changed it. */
    public String method() {
        return method;
    }

    /** The method the client sent, before any plug changed it. */
    public String originalMethod() {
        return originalMethod;
    }

    /** Changes the request method (what {@code Plug.MethodOverride} and {@code Plug.Head} do). */
    public Conn putMethod(String method) {
        this.method = method;
        return this;
    }

    /** {@code "http"} or {@code "https"}. */
    public String scheme() {
        return adapter.scheme();
    }

    /** The requested host. */
    public String host() {
        return adapter.host();
    }

    /** The requested port. */
    public int port() {
        return adapter.port();
    }

    /** The client's address. */
    public String remoteIp() {
        return adapter.remoteIp();
    }

    /** The path segments after the script name, still percent-encoded. */
    public List<String> pathInfo() {
        return pathInfo;
    }

    /** The path segments the application (or a {@code forward}) is mounted at. */
    public List<String> scriptName() {
        return scriptName;
    }

    /**
     * Moves the first {@code count} segments of the path info to the script name, as a {@code forward} does.
     */
    public Conn forwardSegments(int count) {
        List<String> moved = new ArrayList<>(scriptName);
        moved.addAll(pathInfo.subList(0, count));
        this.scriptName = Collections.unmodifiableList(moved);
        this.pathInfo = pathInfo.subList(count, pathInfo.size());
        return this;
    }

    /** Restores the path info and script name, after a forwarded plug returns. */
    public Conn restorePath(List<String> scriptName, List<String> pathInfo) {
        this.scriptName = scriptName;
        this.pathInfo = pathInfo;
        return this;
    }

    /** The requested path as it came, percent-encoded, including the script name. */
    public String requestPath() {
        return adapter.requestPath();
    }

    /** The query string, or {@code ""}. */
    public String queryString() {
        return adapter.queryString();
    }

    /** The request headers, names in lower case. */
    public List<Header> reqHeaders() {
        if (reqHeaders == null) {
            reqHeaders = adapter.reqHeaders();
        }
        return Collections.unmodifiableList(reqHeaders);
    }

    /** The values of request header {@code name} (lower case). */
    public List<String> getReqHeader(String name) {
        List<String> values = new ArrayList<>(1);
        for (Header header : reqHeaders()) {
            if (header.name().equals(name)) {
                values.add(header.value());
            }
        }
        return values;
    }

    /** The first value of request header {@code name}, or null. */
    public @Nullable String firstReqHeader(String name) {
        if (reqHeaders == null) {
            return adapter.firstReqHeader(name);
        }
        for (Header header : reqHeaders) {
            if (header.name().equals(name)) {
                return header.value();
            }
        }
        return null;
    }

    /** Replaces request header {@code name} with one value. */
    public Conn putReqHeader(String name, String value) {
        deleteReqHeader(name);
        List<Header> headers = new ArrayList<>(reqHeaders());
        headers.add(new Header(name, value));
        this.reqHeaders = headers;
        return this;
    }

    /** Removes request header {@code name}. */
    public Conn deleteReqHeader(String name) {
        List<Header> headers = new ArrayList<>(reqHeaders());
        headers.removeIf(h -> h.name().equals(name));
        this.reqHeaders = headers;
        this.reqCookies = name.equals("cookie") ? null : reqCookies;
        return this;
    }

    /** The cookies the client sent. */
    public Map<String, String> reqCookies() {
        if (reqCookies == null) {
            Map<String, String> cookies = new LinkedHashMap<>();
            for (String header : getReqHeader("cookie")) {
                Cookies.decode(header).forEach(cookies::putIfAbsent);
            }
            reqCookies = Collections.unmodifiableMap(cookies);
        }
        return reqCookies;
    }

    /** The request cookies with the response cookies set so far put over them, as {@code fetch_cookies}. */
    public Map<String, String> cookies() {
        Map<String, String> merged = new LinkedHashMap<>(reqCookies());
        respCookies.forEach((name, cookie) -> {
            if (cookie.maxAge() != null && cookie.maxAge().isZero()) {
                merged.remove(name);
            } else {
                merged.put(name, cookie.value());
            }
        });
        return merged;
    }

    // ================================================================ params

    /** The decoded query string. */
    public Params queryParams() {
        if (queryParams == null) {
            queryParams = Params.of(Query.decode(queryString()));
        }
        return queryParams;
    }

    /** The decoded body, once {@code Parsers} ran; empty before. */
    public Params bodyParams() {
        return bodyParams == null ? Params.empty() : bodyParams;
    }

    /** Whether a parser has set the body params. */
    public boolean bodyParamsFetched() {
        return bodyParams != null;
    }

    /** Sets the body params (what {@code Parsers} does). */
    public Conn putBodyParams(Map<String, ? extends @Nullable Object> bodyParams) {
        this.bodyParams = Params.of(bodyParams);
        this.params = null;
        return this;
    }

    /** The params the router took from the path. */
    public Params pathParams() {
        return pathParams;
    }

    /** Sets the path params (what the router does on a match). */
    public Conn putPathParams(Map<String, ? extends @Nullable Object> pathParams) {
        this.pathParams = Params.of(pathParams);
        this.params = null;
        return this;
    }

    /** Query, body and path params merged, later ones winning: a path param beats a body param beats a query one. */
    public Params params() {
        if (params == null) {
            params = queryParams().merge(bodyParams()).merge(pathParams);
        }
        return params;
    }

    /**
     * Replaces the merged params, leaving the query, body and path params as they are (what {@code scrub_params}
     * does). Setting body or path params afterwards merges them anew.
     */
    public Conn putParams(Map<String, ? extends @Nullable Object> params) {
        this.params = Params.of(params);
        return this;
    }

    /**
     * Reads the request body, at most {@code maxLength} bytes. The bytes are kept, so reading twice gives the same.
     *
     * @throws RequestTooLargeException when the body is longer than {@code maxLength}
     */
    public byte[] readBody(long maxLength) {
        if (body == null) {
            try {
                body = adapter.readBody(maxLength);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the request body failed", e);
            }
        } else if (body.length > maxLength) {
            throw new RequestTooLargeException("the request body is " + body.length + " bytes, over the limit of "
                    + maxLength + "; send less or raise the limit");
        }
        return body;
    }

    /** The body bytes read so far, or null when nothing read it. */
    public byte @Nullable [] rawBody() {
        return body;
    }

    // ================================================================ assigns and private

    /** Stores {@code value} under {@code key} for later plugs, the action and templates. */
    public Conn assign(String key, @Nullable Object value) {
        assigns.put(key, value);
        return this;
    }

    /** Stores every entry of {@code values} as an assign. */
    public Conn merge(Map<String, ? extends @Nullable Object> values) {
        assigns.putAll(values);
        return this;
    }

    /** The assigns, read-only. */
    public Map<String, @Nullable Object> assigns() {
        return Collections.unmodifiableMap(assigns);
    }

    /** The assign at {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public <T> @Nullable T getAssign(String key) {
        return (T) assigns.get(key);
    }

    /** Stores library data under {@code key}, out of the way of assigns. */
    public Conn putPrivate(String key, @Nullable Object value) {
        privateData.put(key, value);
        return this;
    }

    /** The private data at {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public <T> @Nullable T getPrivate(String key) {
        return (T) privateData.get(key);
    }

    /** The private data, read-only. */
    public Map<String, @Nullable Object> privateData() {
        return Collections.unmodifiableMap(privateData);
    }

    /** Stops the plug chain: no plug after this one, nor the action, runs. */
    public Conn halt() {
        this.halted = true;
        return this;
    }

    /** Whether a plug halted this conn. */
    public boolean isHalted() {
        return halted;
    }

    // ================================================================ session

    /** Loads the session from its store, once; what {@code fetch_session} does. Needs the session plug. */
    public Conn fetchSession() {
        if (privateData.containsKey(SESSION)) {
            return this;
        }
        UnaryOperator<Conn> fetch = getPrivate(SESSION_FETCH);
        Map<String, Object> testSession = getPrivate(TEST_SESSION);
        if (fetch == null && testSession != null) {
            return putLoadedSession(testSession);
        }
        if (fetch == null) {
            throw new IllegalStateException("cannot fetch session without a configured session plug; set"
                    + " phoenix.endpoint.session.key (and secret-key-base) so the endpoint runs the session plug");
        }
        return fetch.apply(this);
    }

    /** The session, read-only. */
    public Map<String, Object> getSession() {
        return Collections.unmodifiableMap(session());
    }

    /** The session value at {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public <T> @Nullable T getSession(String key) {
        return (T) session().get(key);
    }

    /** Puts {@code value} in the session under {@code key}. */
    public Conn putSession(String key, Object value) {
        ensureNotSent();
        session().put(key, value);
        return markSessionWritten();
    }

    /** Removes {@code key} from the session. */
    public Conn deleteSession(String key) {
        ensureNotSent();
        session().remove(key);
        return markSessionWritten();
    }

    /** Empties the session. */
    public Conn clearSession() {
        ensureNotSent();
        session().clear();
        return markSessionWritten();
    }

    /**
     * Asks the store to renew the session (new id, same data: do it on log in) or drop it (no cookie is written and the
     * client's is deleted).
     */
    public Conn configureSession(SessionOption option) {
        ensureNotSent();
        session();
        privateData.put(SESSION_INFO, option);
        return this;
    }

    /** What {@link #configureSession} asked, or {@code WRITE} after a change, or null when the session is untouched. */
    public @Nullable SessionOption sessionInfo() {
        return getPrivate(SESSION_INFO);
    }

    private Conn markSessionWritten() {
        if (privateData.get(SESSION_INFO) == null) {
            privateData.put(SESSION_INFO, SessionOption.WRITE);
        }
        return this;
    }

    private Map<String, Object> session() {
        Map<String, Object> session = getPrivate(SESSION);
        if (session == null) {
            throw new IllegalStateException(
                    "session not fetched, call fetchSession() first (add plug fetchSession to the pipeline)");
        }
        return session;
    }

    /** What the session plug does once it loaded the session from the store. */
    public Conn putLoadedSession(Map<String, Object> session) {
        privateData.put(SESSION, new LinkedHashMap<>(session));
        return this;
    }

    /** What the session plug does to make the session fetchable on demand. */
    public Conn putSessionFetcher(UnaryOperator<Conn> fetcher) {
        privateData.put(SESSION_FETCH, fetcher);
        return this;
    }

    // ================================================================ response

    /** The response status, or null before one is set. */
    public @Nullable Integer status() {
        return status;
    }

    /** Sets the response status. */
    public Conn putStatus(int status) {
        ensureNotSent();
        this.status = status;
        return this;
    }

    /** Where the response stands. */
    public ConnState state() {
        return state;
    }

    /** The response headers, names in lower case; {@code set-cookie} headers are added when sending. */
    public List<Header> respHeaders() {
        return Collections.unmodifiableList(respHeaders);
    }

    /** The values of response header {@code name}. */
    public List<String> getRespHeader(String name) {
        List<String> values = new ArrayList<>(1);
        for (Header header : respHeaders) {
            if (header.name().equals(name)) {
                values.add(header.value());
            }
        }
        return values;
    }

    /** Sets response header {@code name} (lower case) to one value, replacing any. */
    public Conn putRespHeader(String name, String value) {
        ensureNotSent();
        checkHeader(name, value);
        for (int i = 0; i < respHeaders.size(); i++) {
            if (respHeaders.get(i).name().equals(name)) {
                respHeaders.set(i, new Header(name, value));
                respHeaders
                        .subList(i + 1, respHeaders.size())
                        .removeIf(h -> h.name().equals(name));
                return this;
            }
        }
        respHeaders.add(new Header(name, value));
        return this;
    }

    /** Adds response headers, keeping those already set (what {@code prepend_resp_headers} does). */
    public Conn prependRespHeaders(List<Header> headers) {
        ensureNotSent();
        headers.forEach(h -> checkHeader(h.name(), h.value()));
        respHeaders.addAll(0, headers);
        return this;
    }

    /** Sets each of {@code headers}, replacing values of the same names. */
    public Conn mergeRespHeaders(Map<String, String> headers) {
        headers.forEach(this::putRespHeader);
        return this;
    }

    /** Removes response header {@code name}. */
    public Conn deleteRespHeader(String name) {
        ensureNotSent();
        respHeaders.removeIf(h -> h.name().equals(name));
        return this;
    }

    /** Sets {@code content-type} to {@code type} with {@code charset=utf-8}. */
    public Conn putRespContentType(String type) {
        return putRespContentType(type, "utf-8");
    }

    /** Sets {@code content-type} to {@code type} with {@code charset}, or no charset when it is null. */
    public Conn putRespContentType(String type, @Nullable String charset) {
        return putRespHeader("content-type", charset == null ? type : type + "; charset=" + charset);
    }

    /** The cookies to send, by name. */
    public Map<String, RespCookie> respCookies() {
        return Collections.unmodifiableMap(respCookies);
    }

    /** Sends cookie {@code name} with Plug's defaults (path {@code /}, HTTP only). */
    public Conn putRespCookie(String name, String value) {
        return putRespCookie(name, RespCookie.of(value));
    }

    /** Sends cookie {@code name}. */
    public Conn putRespCookie(String name, RespCookie cookie) {
        ensureNotSent();
        if (name.isEmpty()
                || (name + cookie.value()).chars().anyMatch(c -> c == '\r' || c == '\n' || c == ';')
                || name.indexOf('=') >= 0) {
            throw new IllegalArgumentException("cookie " + name + " has a name or value with \\r, \\n, ; or a name"
                    + " with =, which would break the set-cookie header; encode the value (e.g. Base64url)");
        }
        respCookies.put(name, cookie);
        return this;
    }

    /** Tells the client to delete cookie {@code name} (sent with an expiry in the past). */
    public Conn deleteRespCookie(String name) {
        return deleteRespCookie(name, RespCookie.of(""));
    }

    /** Tells the client to delete cookie {@code name} set with the path and domain of {@code options}. */
    public Conn deleteRespCookie(String name, RespCookie options) {
        ensureNotSent();
        respCookies.put(name, options.withMaxAge(java.time.Duration.ZERO));
        return this;
    }

    /** The response body set so far, or null. */
    public byte @Nullable [] respBody() {
        return respBody;
    }

    /** The response body set so far as UTF-8 text, or {@code ""}. */
    public String respBodyString() {
        return respBody == null ? "" : new String(respBody, StandardCharsets.UTF_8);
    }

    /** Sets the response without sending it; the endpoint sends it when the plugs are done. */
    public Conn resp(int status, String body) {
        return resp(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets the response without sending it. */
    public Conn resp(int status, byte[] body) {
        ensureNotSent();
        this.status = status;
        this.respBody = body;
        this.state = ConnState.SET;
        return this;
    }

    /** Sets and sends the response. */
    public Conn sendResp(int status, String body) {
        return resp(status, body).sendResp();
    }

    /** Sets and sends the response. */
    public Conn sendResp(int status, byte[] body) {
        return resp(status, body).sendResp();
    }

    /** Sends the response set with {@link #resp}. */
    public Conn sendResp() {
        ensureNotSent();
        if (state == ConnState.UNSET || status == null) {
            throw new IllegalStateException(
                    "cannot send a response that was not set; call resp(status, body) first or sendResp(status, body)");
        }
        runBeforeSend();
        try {
            adapter.sendResp(status, headersToSend(), respBody);
        } catch (IOException e) {
            throw new UncheckedIOException("sending the response failed", e);
        }
        state = ConnState.SENT;
        return this;
    }

    /** Sends the whole of {@code file} as the body. */
    public Conn sendFile(int status, Path file) {
        return sendFile(status, file, 0, -1);
    }

    /** Sends {@code length} bytes of {@code file} from {@code offset} ({@code -1}: to the end). */
    public Conn sendFile(int status, Path file, long offset, long length) {
        ensureNotSent();
        this.status = status;
        this.state = ConnState.SET;
        runBeforeSend();
        try {
            adapter.sendFile(this.status, headersToSend(), file, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("sending file " + file + " failed", e);
        }
        state = ConnState.SENT;
        return this;
    }

    /** Sends the status and headers and starts a chunked body; send the body with {@link #chunk}. */
    public Conn sendChunked(int status) {
        ensureNotSent();
        this.status = status;
        this.state = ConnState.SET;
        runBeforeSend();
        try {
            adapter.sendChunked(this.status, headersToSend());
        } catch (IOException e) {
            throw new UncheckedIOException("sending the response headers failed", e);
        }
        state = ConnState.CHUNKED;
        return this;
    }

    /** Sends one chunk of a chunked response. */
    public Conn chunk(String data) {
        return chunk(data.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends one chunk of a chunked response. */
    public Conn chunk(byte[] data) {
        if (state != ConnState.CHUNKED) {
            throw new IllegalStateException(
                    "chunk sent to a conn whose state is " + state + "; call sendChunked(status) first");
        }
        try {
            adapter.chunk(data);
        } catch (IOException e) {
            throw new UncheckedIOException("sending a chunk failed", e);
        }
        return this;
    }

    /** Marks the conn as handed over to another protocol. */
    public Conn markUpgraded() {
        ensureNotSent();
        state = ConnState.UPGRADED;
        return this;
    }

    /**
     * Registers {@code callback} to run just before the response is sent; callbacks run in reverse order of
     * registration, as Plug's.
     */
    public Conn registerBeforeSend(UnaryOperator<Conn> callback) {
        ensureNotSent();
        if (beforeSend == null) {
            beforeSend = new ArrayList<>(2);
        }
        beforeSend.add(callback);
        return this;
    }

    /** Whether the response is already on its way (sent, chunked or upgraded). */
    public boolean isSent() {
        return state == ConnState.SENT || state == ConnState.CHUNKED || state == ConnState.UPGRADED;
    }

    /** The adapter underneath, for the endpoint and transports. */
    public ConnAdapter adapter() {
        return adapter;
    }

    private void runBeforeSend() {
        List<UnaryOperator<Conn>> callbacks = beforeSend;
        beforeSend = null;
        if (callbacks != null) {
            for (int i = callbacks.size() - 1; i >= 0; i--) {
                callbacks.get(i).apply(this);
            }
        }
    }

    private List<Header> headersToSend() {
        if (respCookies.isEmpty()) {
            return List.copyOf(respHeaders);
        }
        List<Header> headers = new ArrayList<>(respHeaders);
        respCookies.forEach((name, cookie) -> headers.add(new Header("set-cookie", cookie.toHeaderValue(name))));
        return headers;
    }

    private void ensureNotSent() {
        if (isSent()) {
            throw new AlreadySentException("the response was already sent (state " + state + "); a plug or action"
                    + " tried to change it afterwards: halt() the conn after sending, or set it before");
        }
    }

    private static void checkHeader(String name, String value) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                throw new IllegalArgumentException("header names must be lower case, got \"" + name + "\"; use \""
                        + name.toLowerCase(java.util.Locale.ROOT) + "\"");
            }
            if (c == '\r' || c == '\n' || c == ':' || c == '\0') {
                throw new IllegalArgumentException("header name \"" + name + "\" contains a control feed (\\r),"
                        + " newline (\\n), colon (:) or NUL; use a plain token name");
            }
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(
                    "value for header \"" + name + "\" contains control feed (\\r) or newline (\\n); remove them");
        }
    }

    // ================================================================ snapshots

    /**
     * What this conn holds now, to {@link #restore} later: what a controller's action fallback gets is the conn as it
     * was before the action, as in Phoenix where a conn is a value. Cheap: the assigns, private data, response headers
     * and cookies, before-send callbacks and the session map are copied; everything else is immutable and shared.
     */
    public Snapshot snapshot() {
        return new Snapshot(this);
    }

    /**
     * Puts back what {@code snapshot} holds: assigns, private data (with the session), params, method, path, request
     * headers, halting and the response (status, headers, cookies, body, before-send callbacks).
     *
     * @throws AlreadySentException when the response was sent since (the snapshot cannot take it back)
     * @throws IllegalArgumentException when the snapshot was taken of another conn
     */
    public Conn restore(Snapshot snapshot) {
        ensureNotSent();
        if (snapshot.conn != this) {
            throw new IllegalArgumentException("a snapshot can only restore the conn it was taken of");
        }
        snapshot.restore();
        return this;
    }

    /** The state of a {@link Conn} at one moment; see {@link Conn#snapshot()}. */
    public static final class Snapshot {

        private final Conn conn;
        private final String method;
        private final List<String> pathInfo;
        private final List<String> scriptName;
        private final @Nullable List<Header> reqHeaders;
        private final @Nullable Map<String, String> reqCookies;
        private final @Nullable Params queryParams;
        private final @Nullable Params bodyParams;
        private final Params pathParams;
        private final @Nullable Params params;
        private final Map<String, @Nullable Object> assigns;
        private final Map<String, @Nullable Object> privateData;
        private final @Nullable Map<String, Object> session;
        private final boolean halted;
        private final @Nullable Integer status;
        private final List<Header> respHeaders;
        private final Map<String, RespCookie> respCookies;
        private final byte @Nullable [] respBody;
        private final ConnState state;
        private final @Nullable List<UnaryOperator<Conn>> beforeSend;

        private Snapshot(Conn conn) {
            this.conn = conn;
            this.method = conn.method;
            this.pathInfo = conn.pathInfo;
            this.scriptName = conn.scriptName;
            this.reqHeaders = conn.reqHeaders == null ? null : List.copyOf(conn.reqHeaders);
            this.reqCookies = conn.reqCookies;
            this.queryParams = conn.queryParams;
            this.bodyParams = conn.bodyParams;
            this.pathParams = conn.pathParams;
            this.params = conn.params;
            this.assigns = new LinkedHashMap<>(conn.assigns);
            this.privateData = new LinkedHashMap<>(conn.privateData);
            Map<String, Object> loaded = conn.getPrivate(SESSION);
            this.session = loaded == null ? null : new LinkedHashMap<>(loaded);
            this.halted = conn.halted;
            this.status = conn.status;
            this.respHeaders = List.copyOf(conn.respHeaders);
            this.respCookies = new LinkedHashMap<>(conn.respCookies);
            this.respBody = conn.respBody;
            this.state = conn.state;
            this.beforeSend = conn.beforeSend == null ? null : List.copyOf(conn.beforeSend);
        }

        private void restore() {
            conn.method = method;
            conn.pathInfo = pathInfo;
            conn.scriptName = scriptName;
            conn.reqHeaders = reqHeaders == null ? null : new ArrayList<>(reqHeaders);
            conn.reqCookies = reqCookies;
            conn.queryParams = queryParams;
            conn.bodyParams = bodyParams;
            conn.pathParams = pathParams;
            conn.params = params;
            conn.assigns.clear();
            conn.assigns.putAll(assigns);
            conn.privateData.clear();
            conn.privateData.putAll(privateData);
            if (session != null) {
                conn.privateData.put(SESSION, new LinkedHashMap<>(session));
            }
            conn.halted = halted;
            conn.status = status;
            conn.respHeaders.clear();
            conn.respHeaders.addAll(respHeaders);
            conn.respCookies.clear();
            conn.respCookies.putAll(respCookies);
            conn.respBody = respBody;
            conn.state = state;
            conn.beforeSend = beforeSend == null ? null : new ArrayList<>(beforeSend);
        }
    }

    @Override
    public String toString() {
        return "Conn[" + method + " /" + String.join("/", pathInfo) + ", state=" + state + ", status=" + status
                + (halted ? ", halted" : "") + "]";
    }
}
