package io.phoenixspring.controller;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.MimeTypes;
import io.phoenixspring.controller.internal.AcceptHeader;
import io.phoenixspring.controller.internal.ActionPlug;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.view.TemplateRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phoenix's controller helpers, to import statically: {@code import static io.phoenixspring.controller.Controller.*;}
 *
 * <pre>{@code
 * public Conn show(Conn conn, Params params) {
 *     return json(conn, Map.of("id", params.getString("id")));
 * }
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Controller.html">Phoenix.Controller</a>
 */
public final class Controller {

    /** Private key of the JSON mapper the endpoint encodes with. */
    public static final String JSON_MAPPER = "phoenix_json_mapper";

    private static final JsonMapper DEFAULT_JSON = JsonMapper.builder().build();

    private Controller() {}

    // ================================================================ responses

    /** Sends {@code data} as JSON ({@code application/json}), with the status set so far or 200. */
    public static Conn json(Conn conn, @Nullable Object data) {
        JsonMapper mapper = conn.getPrivate(JSON_MAPPER);
        byte[] body = (mapper == null ? DEFAULT_JSON : mapper).writeValueAsBytes(data);
        return send(conn.putRespContentType("application/json"), body);
    }

    /** Sends {@code text} as {@code text/plain}, with the status set so far or 200. */
    public static Conn text(Conn conn, String text) {
        return send(conn.putRespContentType("text/plain"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Sends {@code html} as {@code text/html}, as given (not escaped), with the status set so far or 200. */
    public static Conn html(Conn conn, String html) {
        return send(conn.putRespContentType("text/html"), html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Renders {@code template} with the conn's assigns and {@code assigns}, and sends it, as Phoenix's
     * {@code render/3}: {@code "show.html"} in {@code HelloController} is the template {@code hello/show}
     * ({@code templates/hello/show.html}), sent as {@code text/html}. The template sees the assigns and
     * {@code conn}. Layouts and other formats come with the view layer.
     */
    public static Conn render(Conn conn, String template, Map<String, ?> assigns) {
        TemplateRenderer renderer = conn.getPrivate(TemplateRenderer.PRIVATE_KEY);
        if (renderer == null) {
            throw new IllegalStateException("no template renderer; add Thymeleaf (spring-boot-starter-thymeleaf, part"
                    + " of phoenix-spring-boot-starter) to render \"" + template + "\"");
        }
        int dot = template.lastIndexOf('.');
        String format = dot < 0 ? "html" : template.substring(dot + 1);
        String name = dot < 0 ? template : template.substring(0, dot);
        Map<String, Object> all = new LinkedHashMap<>(conn.assigns());
        all.putAll(assigns);
        all.put("conn", conn);
        String body = renderer.render(viewDirectory(conn) + "/" + name, all, Locale.getDefault());
        String type = MimeTypes.type(format);
        return send(conn.putRespContentType(type), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Renders {@code template} with the conn's assigns. */
    public static Conn render(Conn conn, String template) {
        return render(conn, template, Map.of());
    }

    private static String viewDirectory(Conn conn) {
        Class<?> controller = controllerModule(conn);
        String name = controller.getSimpleName();
        String base = name.endsWith("Controller") ? name.substring(0, name.length() - "Controller".length()) : name;
        return base.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Sets the response status. */
    public static Conn putStatus(Conn conn, int status) {
        return conn.putStatus(status);
    }

    private static Conn send(Conn conn, byte[] body) {
        Integer status = conn.status();
        return conn.sendResp(status == null ? 200 : status, body);
    }

    // ================================================================ formats

    /** Private key of the request's format ({@code html}, {@code json}, ...). */
    public static final String FORMAT = "phoenix_format";

    /**
     * A plug for pipelines that negotiates the request's format among {@code formats}, as {@code plug :accepts,
     * ["html"]}.
     */
    public static Plug accepts(String... formats) {
        List<String> accepted = List.of(formats);
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("accepts needs at least one format, e.g. accepts(\"html\")");
        }
        return conn -> accepts(conn, accepted);
    }

    /**
     * Negotiates the request's format among {@code accepted}, as Phoenix's {@code accepts/2}: the {@code _format}
     * param when given, else the {@code accept} header (its first acceptable entry of quality 1, then the others by
     * quality); no header or {@code *}{@code /*} gives the first format, and a browser's {@code *}{@code /*} gives
     * {@code html} when accepted.
     *
     * @throws NotAcceptableException (406) when none is acceptable
     */
    public static Conn accepts(Conn conn, List<String> accepted) {
        Object format = conn.params().get("_format");
        if (format != null) {
            if (!accepted.contains(format)) {
                throw new NotAcceptableException(
                        "unknown format \"" + format + "\", expected one of "
                                + accepted.stream().map(f -> "\"" + f + "\"").toList(),
                        accepted);
            }
            return putFormat(conn, String.valueOf(format));
        }
        return putFormat(conn, AcceptHeader.negotiate(conn.firstReqHeader("accept"), accepted));
    }

    /** Sets the request's format. */
    public static Conn putFormat(Conn conn, String format) {
        return conn.putPrivate(FORMAT, format);
    }

    /** The request's format, or null before {@code accepts} or {@code putFormat}. */
    public static @Nullable String getFormat(Conn conn) {
        return conn.getPrivate(FORMAT);
    }

    // ================================================================ introspection

    /** The name of the action the conn was routed to. */
    public static String actionName(Conn conn) {
        String action = conn.getPrivate(ActionPlug.ACTION);
        if (action == null) {
            throw new IllegalStateException("the conn was not routed to a controller action; actionName is only"
                    + " available inside controllers and their plugs");
        }
        return action;
    }

    /** The controller class the conn was routed to. */
    public static Class<?> controllerModule(Conn conn) {
        Class<?> controller = conn.getPrivate(ActionPlug.CONTROLLER);
        if (controller == null) {
            throw new IllegalStateException("the conn was not routed to a controller; controllerModule is only"
                    + " available inside controllers and their plugs");
        }
        return controller;
    }

    // ================================================================ flash, CSRF and secure headers

    /**
     * A plug for pipelines that fetches the flash, as {@code plug :fetch_flash}; the session must be fetched before.
     *
     * <pre>{@code
     * router.pipeline("browser", p -> p.plug("fetchSession").plug(fetchFlash()));
     * }</pre>
     */
    public static Plug fetchFlash() {
        return io.phoenixspring.controller.internal.Flash::fetch;
    }

    /**
     * Fetches the flash from the session, once, as Phoenix's {@code fetch_flash/2}. Messages put in this request are
     * kept in the session (under {@code "phoenix_flash"}) only when the response is a redirect (status 300..308), so
     * they are shown on the page redirected to; on any other response the flash is removed from the session. A flash
     * shown on a 200 page is gone on the next request, and a chain of redirects carries it along.
     *
     * @throws IllegalStateException when the session was not fetched
     */
    public static Conn fetchFlash(Conn conn) {
        return io.phoenixspring.controller.internal.Flash.fetch(conn);
    }

    /**
     * Puts {@code message} in the flash under {@code key}, e.g. {@code putFlash(conn, "info", "Welcome Back!")}; the
     * message must be JSON-friendly (usually a string), as it goes through the session.
     *
     * @throws IllegalStateException when the flash was not fetched
     */
    public static Conn putFlash(Conn conn, String key, Object message) {
        return io.phoenixspring.controller.internal.Flash.merge(conn, Map.of(key, message));
    }

    /**
     * The flash messages by key, read-only; {@code {}} when there are none.
     *
     * @throws IllegalStateException when the flash was not fetched
     */
    public static Map<String, Object> getFlash(Conn conn) {
        return io.phoenixspring.controller.internal.Flash.get(conn);
    }

    /**
     * The flash message under {@code key}, or null.
     *
     * @throws IllegalStateException when the flash was not fetched
     */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable T getFlash(Conn conn, String key) {
        return (T) io.phoenixspring.controller.internal.Flash.get(conn, key);
    }

    /**
     * Puts every message of {@code messages} in the flash, over those with the same keys.
     *
     * @throws IllegalStateException when the flash was not fetched
     */
    public static Conn mergeFlash(Conn conn, Map<String, ?> messages) {
        return io.phoenixspring.controller.internal.Flash.merge(conn, messages);
    }

    /**
     * Removes every flash message.
     *
     * @throws IllegalStateException when the flash was not fetched
     */
    public static Conn clearFlash(Conn conn) {
        return io.phoenixspring.controller.internal.Flash.clear(conn);
    }

    /**
     * A plug for pipelines that protects from cross-site request forgery, as Phoenix's {@code protect_from_forgery}
     * ({@code Plug.CSRFProtection}): requests other than GET, HEAD and OPTIONS need the token of
     * {@link #getCsrfToken(Conn)} in the {@code _csrf_token} body param or the {@code x-csrf-token} header, or are
     * refused with an {@link io.phoenixspring.plug.InvalidCsrfTokenException} (403). The session must be fetched before.
     *
     * @see io.phoenixspring.plug.CsrfProtectionPlug
     */
    public static Plug protectFromForgery() {
        return new io.phoenixspring.plug.CsrfProtectionPlug();
    }

    /**
     * {@link #protectFromForgery()} with options, e.g. {@code
     * protectFromForgery(io.phoenixspring.plug.CsrfProtectionPlug.Options.with(io.phoenixspring.plug.CsrfProtectionPlug.Mode.CLEAR_SESSION))} to go on with an
     * empty session instead of a 403.
     */
    public static Plug protectFromForgery(io.phoenixspring.plug.CsrfProtectionPlug.Options options) {
        return new io.phoenixspring.plug.CsrfProtectionPlug(options);
    }

    /**
     * The CSRF token to put in forms ({@code <input type="hidden" name="_csrf_token">}) and in a {@code csrf-token}
     * meta tag for JavaScript ({@code x-csrf-token} header), as Phoenix's {@code get_csrf_token/0}: masked, so it
     * differs in each request, and the same within one.
     *
     * @throws IllegalStateException when the session was not fetched
     */
    public static String getCsrfToken(Conn conn) {
        return io.phoenixspring.plug.CsrfProtectionPlug.getCsrfToken(conn);
    }

    /**
     * Deletes the CSRF token, as Phoenix's {@code delete_csrf_token/0}: it is removed from the session when the
     * response is sent, so earlier tokens stop working. Call it on log in.
     */
    public static Conn deleteCsrfToken(Conn conn) {
        return io.phoenixspring.plug.CsrfProtectionPlug.deleteCsrfToken(conn);
    }

    /**
     * A plug for pipelines that puts Phoenix's secure browser headers, as {@code plug :put_secure_browser_headers}:
     * {@code x-frame-options: SAMEORIGIN}, {@code x-xss-protection: 1; mode=block}, {@code x-content-type-options:
     * nosniff}, {@code x-download-options: noopen}, {@code x-permitted-cross-domain-policies: none} and
     * {@code cross-origin-window-policy: deny}.
     */
    public static Plug putSecureBrowserHeaders() {
        return new io.phoenixspring.plug.SecureBrowserHeadersPlug();
    }

    /**
     * {@link #putSecureBrowserHeaders()} with {@code extra} headers merged over the defaults (lower-cased; one of the
     * same name replaces the default), e.g. {@code Map.of("content-security-policy", "default-src 'self'")}.
     */
    public static Plug putSecureBrowserHeaders(Map<String, String> extra) {
        return new io.phoenixspring.plug.SecureBrowserHeadersPlug(extra);
    }

    /** Puts the secure browser headers on {@code conn}. */
    public static Conn putSecureBrowserHeaders(Conn conn) {
        return putSecureBrowserHeaders(conn, Map.of());
    }

    /** Puts the secure browser headers on {@code conn}, with {@code extra} merged over the defaults. */
    public static Conn putSecureBrowserHeaders(Conn conn, Map<String, String> extra) {
        return new io.phoenixspring.plug.SecureBrowserHeadersPlug(extra).call(conn);
    }

    // (end of flash, CSRF and secure headers)

    // ================================================================ redirects, status, downloads, params, URLs
    // (end of redirects, status, downloads, params, URLs)

    // ================================================================ views and layouts
    // (end of views and layouts)
}
