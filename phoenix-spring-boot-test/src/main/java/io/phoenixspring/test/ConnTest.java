package io.phoenixspring.test;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Header;
import io.phoenixspring.conn.Query;
import io.phoenixspring.conn.RespCookie;
import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.router.RouteInfo;
import io.phoenixspring.router.RouteTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phoenix's {@code ConnTest} in Java: build a conn, dispatch it in-process through the application's real endpoint
 * (every endpoint plug, the router, pipelines, the controller; no socket), and assert on the response.
 *
 * <pre>{@code
 * import static io.phoenixspring.test.ConnTest.*;
 *
 * @PhoenixWebTest
 * class PageControllerTests {
 *     @Test
 *     void showsTheWelcomePage() {
 *         Conn conn = get(buildConn(), "/");
 *         assertThat(htmlResponse(conn, 200)).contains("Welcome to Phoenix!");
 *     }
 * }
 * }</pre>
 *
 * <p>The endpoint is the one of the test's application context, set by {@link PhoenixWebTest} (or
 * {@link #useEndpoint}) for each test.
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.ConnTest.html">Phoenix.ConnTest</a>
 */
public final class ConnTest {

    private static final ThreadLocal<Endpoint> ENDPOINT = new ThreadLocal<>();
    private static final ThreadLocal<RouteTable> ROUTES = new ThreadLocal<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FLASH_KEY = "phoenix_flash";
    private static final String CSRF_ENABLED = "phoenix_test_csrf";
    private static final String SKIP_CSRF = "plug_skip_csrf_protection";
    private static final Set<String> RECYCLED_HEADERS = Set.of("accept", "accept-language", "authorization");

    private ConnTest() {}

    /** Dispatches to {@code endpoint} on this thread until {@link #clearEndpoint()}. */
    public static void useEndpoint(Endpoint endpoint) {
        ENDPOINT.set(endpoint);
    }

    /** Resolves redirects ({@link #redirectedParams}) with {@code routes} on this thread. */
    public static void useRoutes(RouteTable routes) {
        ROUTES.set(routes);
    }

    /** Forgets the endpoint and routes of this thread. */
    public static void clearEndpoint() {
        ENDPOINT.remove();
        ROUTES.remove();
    }

    private static Endpoint endpoint() {
        Endpoint endpoint = ENDPOINT.get();
        if (endpoint == null) {
            throw new IllegalStateException("no endpoint to dispatch to; annotate the test class with @PhoenixWebTest"
                    + " or call ConnTest.useEndpoint(endpoint) first");
        }
        return endpoint;
    }

    // ================================================================ building

    /** A fresh conn for {@code GET /} on {@code www.example.com}, as Phoenix's {@code build_conn()}. */
    public static Conn buildConn() {
        return buildConn("GET", "/", null);
    }

    /**
     * A conn for {@code method} and {@code path}, with a body ({@code String} or {@code byte[]}) or params
     * ({@code Map}), not dispatched.
     */
    public static Conn buildConn(String method, String path, @Nullable Object paramsOrBody) {
        return build(method, path, paramsOrBody, List.of(), Map.of(), Map.of());
    }

    private static Conn build(
            String method,
            String target,
            @Nullable Object paramsOrBody,
            List<Header> headers,
            Map<String, @Nullable Object> assigns,
            Map<String, @Nullable Object> privateData) {
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        List<Header> requestHeaders = new ArrayList<>(headers);
        byte[] body = new byte[0];
        if (paramsOrBody instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else if (paramsOrBody instanceof byte[] bytes) {
            body = bytes;
        } else if (paramsOrBody instanceof Map<?, ?>
                && requestHeaders.stream().noneMatch(h -> h.name().equals("content-type"))) {
            requestHeaders.add(new Header("content-type", "multipart/mixed; boundary=plug_conn_test"));
        }
        TestConnAdapter adapter = new TestConnAdapter(
                method.toUpperCase(Locale.ROOT),
                "http",
                "www.example.com",
                80,
                path.isEmpty() ? "/" : path,
                query,
                requestHeaders,
                body);
        Conn conn = new Conn(adapter);
        assigns.forEach(conn::assign);
        privateData.forEach(conn::putPrivate);
        if (paramsOrBody instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> params = new LinkedHashMap<>();
            map.forEach((k, v) -> params.put(String.valueOf(k), v));
            conn.putBodyParams(params);
        }
        return conn;
    }

    /**
     * Gives the next request a session, merged over the session its cookie holds, as Plug.Test's
     * {@code init_test_session}: {@code get(initTestSession(buildConn(), Map.of("user_id", 1)), "/profile")}.
     */
    public static Conn initTestSession(Conn conn, Map<String, ?> session) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, Object> existing = conn.getPrivate(Conn.TEST_SESSION);
        if (existing != null) {
            merged.putAll(existing);
        }
        merged.putAll(session);
        return conn.putPrivate(Conn.TEST_SESSION, merged);
    }

    /**
     * Gives the next request a flash message, as if the previous response had put it before a redirect (the flash is
     * kept in the test session).
     */
    public static Conn putFlash(Conn conn, String key, Object message) {
        Map<String, Object> existing = conn.getPrivate(Conn.TEST_SESSION);
        Map<String, Object> flash = new LinkedHashMap<>();
        if (existing != null && existing.get(FLASH_KEY) instanceof Map<?, ?> previous) {
            previous.forEach((k, v) -> flash.put(String.valueOf(k), v));
        }
        flash.put(key, message);
        return initTestSession(conn, Map.of(FLASH_KEY, flash));
    }

    /**
     * Fetches the session (the test session when one was given) and the flash of a conn not dispatched, as Phoenix's
     * {@code ConnTest.fetch_flash}, so a test can read or change the flash directly.
     */
    public static Conn fetchFlash(Conn conn) {
        return io.phoenixspring.controller.Controller.fetchFlash(conn.fetchSession());
    }

    /** The flash messages of a dispatched conn whose pipeline fetched the flash. */
    public static Map<String, Object> getFlash(Conn conn) {
        return io.phoenixspring.controller.Controller.getFlash(conn);
    }

    /**
     * Lets the next requests check CSRF tokens: like Phoenix's, ConnTest dispatches skip CSRF protection unless asked.
     */
    public static Conn enableCsrfProtection(Conn conn) {
        return conn.putPrivate(CSRF_ENABLED, Boolean.TRUE);
    }

    /**
     * Runs only the endpoint plugs on the next request, no router pipeline nor action, as Phoenix's
     * {@code bypass_through(conn)}; the conn comes back unsent.
     */
    public static Conn bypassThrough(Conn conn) {
        return conn.putPrivate(Endpoint.BYPASS, "all");
    }

    /**
     * Runs the endpoint plugs and the pipelines named (of the application's routers) on the next request, without
     * matching a route, as Phoenix's {@code bypass_through(conn, router, [:browser])}.
     */
    public static Conn bypassThrough(Conn conn, String... pipelines) {
        return conn.putPrivate(Endpoint.BYPASS, List.of(pipelines));
    }

    /** Runs the matched route's pipelines but not its action on the next request. */
    public static Conn bypassThroughRoute(Conn conn) {
        return conn.putPrivate(Endpoint.BYPASS, "current");
    }

    /** Sets request header {@code name} (lower case) on a conn not yet dispatched. */
    public static Conn putReqHeader(Conn conn, String name, String value) {
        return conn.putReqHeader(name, value);
    }

    /** Removes request header {@code name}. */
    public static Conn deleteReqHeader(Conn conn, String name) {
        return conn.deleteReqHeader(name);
    }

    /** Adds cookie {@code name} to the request. */
    public static Conn putReqCookie(Conn conn, String name, String value) {
        Map<String, String> cookies = new LinkedHashMap<>(conn.reqCookies());
        cookies.put(name, value);
        return conn.putReqHeader("cookie", cookieHeader(cookies));
    }

    private static String cookieHeader(Map<String, String> cookies) {
        List<String> pairs = new ArrayList<>();
        cookies.forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join("; ", pairs);
    }

    /**
     * A new conn for the next request of the same client, as Phoenix's {@code recycle}: the cookies the response set
     * are sent, and only the {@code accept}, {@code accept-language} and {@code authorization} headers are kept.
     */
    public static Conn recycle(Conn conn) {
        Map<String, String> cookies = new LinkedHashMap<>(conn.reqCookies());
        conn.respCookies().forEach((name, cookie) -> recycleCookie(cookies, name, cookie));
        List<Header> headers = new ArrayList<>();
        for (Header header : conn.reqHeaders()) {
            if (RECYCLED_HEADERS.contains(header.name())) {
                headers.add(header);
            }
        }
        if (!cookies.isEmpty()) {
            headers.add(new Header("cookie", cookieHeader(cookies)));
        }
        return build("GET", "/", null, headers, Map.of(), Map.of());
    }

    private static void recycleCookie(Map<String, String> cookies, String name, RespCookie cookie) {
        if (cookie.maxAge() != null && cookie.maxAge().isZero()) {
            cookies.remove(name);
        } else {
            cookies.put(name, cookie.value());
        }
    }

    // ================================================================ dispatching

    /** Dispatches {@code GET path} through the endpoint. */
    public static Conn get(Conn conn, String path) {
        return dispatch(conn, "GET", path, null);
    }

    /** Dispatches {@code GET path} with params ({@code Map}) or a body. */
    public static Conn get(Conn conn, String path, @Nullable Object paramsOrBody) {
        return dispatch(conn, "GET", path, paramsOrBody);
    }

    /** Dispatches {@code POST path}. */
    public static Conn post(Conn conn, String path) {
        return dispatch(conn, "POST", path, null);
    }

    /** Dispatches {@code POST path} with params ({@code Map}) or a body. */
    public static Conn post(Conn conn, String path, @Nullable Object paramsOrBody) {
        return dispatch(conn, "POST", path, paramsOrBody);
    }

    /** Dispatches {@code PUT path} with params or a body. */
    public static Conn put(Conn conn, String path, @Nullable Object paramsOrBody) {
        return dispatch(conn, "PUT", path, paramsOrBody);
    }

    /** Dispatches {@code PATCH path} with params or a body. */
    public static Conn patch(Conn conn, String path, @Nullable Object paramsOrBody) {
        return dispatch(conn, "PATCH", path, paramsOrBody);
    }

    /** Dispatches {@code DELETE path}. */
    public static Conn delete(Conn conn, String path) {
        return dispatch(conn, "DELETE", path, null);
    }

    /** Dispatches {@code DELETE path} with params or a body. */
    public static Conn delete(Conn conn, String path, @Nullable Object paramsOrBody) {
        return dispatch(conn, "DELETE", path, paramsOrBody);
    }

    /** Dispatches {@code OPTIONS path}. */
    public static Conn options(Conn conn, String path) {
        return dispatch(conn, "OPTIONS", path, null);
    }

    /** Dispatches {@code HEAD path}. */
    public static Conn head(Conn conn, String path) {
        return dispatch(conn, "HEAD", path, null);
    }

    /**
     * Dispatches {@code method path} through the endpoint with params ({@code Map}, set as body params directly) or a
     * body ({@code String}, {@code byte[]}, parsed by the parsers by its content type). A conn already sent is
     * recycled first.
     */
    public static Conn dispatch(Conn conn, String method, String path, @Nullable Object paramsOrBody) {
        Conn base = conn.isSent() ? recycle(conn) : conn;
        Conn next = build(method, path, paramsOrBody, base.reqHeaders(), base.assigns(), base.privateData());
        if (!Boolean.TRUE.equals(next.getPrivate(CSRF_ENABLED))) {
            next.putPrivate(SKIP_CSRF, Boolean.TRUE);
        }
        Endpoint endpoint = endpoint();
        try {
            return endpoint.dispatch(next);
        } finally {
            endpoint.cleanup(next);
        }
    }

    // ================================================================ asserting

    /**
     * The body of the response, asserting its status.
     *
     * @throws AssertionError showing the status and body when the status is another
     */
    public static String response(Conn conn, int status) {
        TestConnAdapter adapter = adapter(conn);
        String body = new String(adapter.respBody(), StandardCharsets.UTF_8);
        if (adapter.status() != status) {
            throw new AssertionError(
                    "expected response with status " + status + ", got: " + adapter.status() + ", with body:\n" + body);
        }
        return body;
    }

    /** The body of an HTML response with {@code status}. */
    public static String htmlResponse(Conn conn, int status) {
        String body = response(conn, status);
        responseContentType(conn, "html");
        return body;
    }

    /** The body of a plain text response with {@code status}. */
    public static String textResponse(Conn conn, int status) {
        String body = response(conn, status);
        responseContentType(conn, "text");
        return body;
    }

    /** The decoded body of a JSON response with {@code status}: maps, lists, strings, numbers. */
    public static @Nullable Object jsonResponse(Conn conn, int status) {
        String body = response(conn, status);
        responseContentType(conn, "json");
        try {
            return JSON.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new AssertionError("could not decode JSON body, got: " + body, e);
        }
    }

    /**
     * The response's content type, asserting it is of {@code format} ({@code html}, {@code json}, {@code text},
     * {@code xml} or a MIME subtype).
     */
    public static String responseContentType(Conn conn, String format) {
        List<String> values = getRespHeader(conn, "content-type");
        if (values.isEmpty()) {
            throw new AssertionError("no content-type was set, expected a " + format + " response");
        }
        String type = values.get(0);
        String mime = type.split(";")[0].trim();
        String expected = switch (format) {
            case "html" -> "text/html";
            case "json" -> "application/json";
            case "text" -> "text/plain";
            case "xml" -> "application/xml";
            default -> format;
        };
        if (!mime.equals(expected) && !mime.endsWith("/" + format) && !mime.endsWith("+" + format)) {
            throw new AssertionError("expected content-type for " + format + ", got: \"" + type + "\"");
        }
        return type;
    }

    /** The values of response header {@code name}, {@code set-cookie} included. */
    public static List<String> getRespHeader(Conn conn, String name) {
        List<String> values = new ArrayList<>();
        for (Header header : adapter(conn).respHeaders()) {
            if (header.name().equals(name)) {
                values.add(header.value());
            }
        }
        return values;
    }

    /** Where a 302 response redirects to. */
    public static String redirectedTo(Conn conn) {
        return redirectedTo(conn, 302);
    }

    /** Where a redirect with {@code status} goes. */
    public static String redirectedTo(Conn conn, int status) {
        TestConnAdapter adapter = adapter(conn);
        if (adapter.status() != status) {
            throw new AssertionError("expected redirection with status " + status + ", got: " + adapter.status());
        }
        List<String> location = getRespHeader(conn, "location");
        if (location.isEmpty()) {
            throw new AssertionError("no location header was set on redirectedTo");
        }
        return location.get(0);
    }

    /**
     * The path params of the route a redirect goes to, as Phoenix's {@code redirected_params}: a redirect to
     * {@code /users/42} gives {@code {"id": "42"}}.
     *
     * @throws AssertionError when the conn is not a redirect or its location matches no route
     */
    public static Map<String, Object> redirectedParams(Conn conn) {
        TestConnAdapter adapter = adapter(conn);
        if (adapter.status() < 300 || adapter.status() > 308) {
            throw new AssertionError("expected a redirect, got status " + adapter.status());
        }
        String location = redirectedTo(conn, adapter.status());
        String path = location.split("\\?", 2)[0];
        RouteTable routes = ROUTES.get();
        if (routes == null) {
            throw new IllegalStateException("no routes to match the redirect against; annotate the test class with"
                    + " @PhoenixWebTest or call ConnTest.useRoutes(routeTable) first");
        }
        return routes.routeInfo("GET", path, conn.host())
                .map(RouteInfo::pathParams)
                .orElseThrow(() -> new AssertionError("the redirect to " + location + " matches no GET route"));
    }

    /**
     * What an error response carried.
     *
     * @param status the status sent
     * @param headers the headers sent
     * @param body the body sent
     */
    public record ErrorResponse(int status, List<Header> headers, String body) {}

    /**
     * Runs {@code request} and asserts it ended in an error sent with {@code status} (an exception with that status,
     * rendered by the endpoint), as Phoenix's {@code assert_error_sent}.
     *
     * @throws AssertionError when no error, or an error of another status, was sent
     */
    public static ErrorResponse assertErrorSent(int status, java.util.function.Supplier<Conn> request) {
        Conn conn;
        try {
            conn = request.get();
        } catch (RuntimeException e) {
            int thrown = e instanceof io.phoenixspring.conn.PlugStatus s ? s.plugStatus() : 500;
            if (thrown != status) {
                throw new AssertionError(
                        "expected error to be sent as " + status + " status, but got " + thrown + " from:\n" + e, e);
            }
            return new ErrorResponse(thrown, List.of(), String.valueOf(e.getMessage()));
        }
        TestConnAdapter adapter = adapter(conn);
        String body = new String(adapter.respBody(), StandardCharsets.UTF_8);
        if (adapter.status() < 400) {
            throw new AssertionError("expected error to be sent as " + status + " status, but response sent "
                    + adapter.status() + " without error");
        }
        if (adapter.status() != status) {
            throw new AssertionError("expected error to be sent as " + status + " status, but got an error with "
                    + adapter.status() + " status, with body:\n" + body);
        }
        return new ErrorResponse(adapter.status(), adapter.respHeaders(), body);
    }

    /** Encodes {@code params} as a query string, for building paths: {@code "/users?" + query(...)}. */
    public static String query(Map<?, ?> params) {
        return Query.encode(params);
    }

    private static TestConnAdapter adapter(Conn conn) {
        if (!(conn.adapter() instanceof TestConnAdapter adapter) || !adapter.sent()) {
            throw new AssertionError("expected a dispatched conn whose response was sent, got " + conn
                    + "; dispatch it first with get/post/... ");
        }
        return adapter;
    }
}
