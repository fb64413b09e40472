package io.phoenixspring.controller;

import io.phoenixspring.conn.AlreadySentException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.MimeTypes;
import io.phoenixspring.conn.MissingParamException;
import io.phoenixspring.conn.Query;
import io.phoenixspring.conn.Status;
import io.phoenixspring.controller.internal.AcceptHeader;
import io.phoenixspring.controller.internal.ActionPlug;
import io.phoenixspring.controller.internal.Downloads;
import io.phoenixspring.controller.internal.Jsonp;
import io.phoenixspring.controller.internal.Redirects;
import io.phoenixspring.controller.internal.ScrubParams;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.telemetry.Telemetry;
import io.phoenixspring.view.Layout;
import io.phoenixspring.view.ViewRenderer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Sends {@code data} as JSON, with the status set so far or 200; the content type is
     * {@code application/json; charset=utf-8} unless one was set (e.g. {@code application/vnd.api+json}).
     */
    public static Conn json(Conn conn, @Nullable Object data) {
        JsonMapper mapper = conn.getPrivate(JSON_MAPPER);
        byte[] body = (mapper == null ? DEFAULT_JSON : mapper).writeValueAsBytes(data);
        return send(putNewContentType(conn, "application/json"), body);
    }

    /**
     * Sends {@code data} as text ({@code toString}; null is empty), with the status set so far or 200; the content
     * type is {@code text/plain; charset=utf-8} unless one was set.
     */
    public static Conn text(Conn conn, @Nullable Object data) {
        String text = data == null ? "" : data.toString();
        return send(putNewContentType(conn, "text/plain"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Sends {@code html} as given (not escaped), with the status set so far or 200; the content type is
     * {@code text/html; charset=utf-8} unless one was set.
     */
    public static Conn html(Conn conn, String html) {
        return send(putNewContentType(conn, "text/html"), html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Sets {@code content-type} to {@code type; charset=utf-8} unless the response has one, as Phoenix's senders. */
    private static Conn putNewContentType(Conn conn, String type) {
        return conn.getRespHeader("content-type").isEmpty() ? conn.putRespContentType(type) : conn;
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

    /** Private key of the URL {@link #putRouterUrl} sets for URL helpers. */
    public static final String ROUTER_URL = "phoenix_router_url";

    /** Private key of the URL {@link #putStaticUrl} sets for static URL helpers. */
    public static final String STATIC_URL = "phoenix_static_url";

    /** Private key of the router that routed the conn (the route table). */
    public static final String ROUTER = "phoenix_router";

    /** Private key of the endpoint the conn runs in. */
    public static final String ENDPOINT = "phoenix_endpoint";

    /**
     * Redirects to {@code to}, a path on this site, as {@code redirect(conn, to: "/login")}: status 302 (or the one set
     * with {@link #putStatus}), {@code location: /login}, an HTML body with the escaped link, and
     * {@code text/html; charset=utf-8} unless a content type was set. The response is sent; halt the conn in a plug.
     *
     * @throws IllegalArgumentException when {@code to} is not a local path: it must start with one {@code /}
     *     ({@code //evil.com} is another host) and have no backslash, no tab after a slash and no line break
     *     ({@code /\evil.com} is {@code //evil.com} to browsers). Use {@link #redirectExternal} for other hosts.
     */
    public static Conn redirect(Conn conn, String to) {
        return Redirects.to(conn, to);
    }

    /**
     * Redirects to any {@code url}, as {@code redirect(conn, external: url)}. The URL is not checked (but for line
     * breaks): never pass one taken from the request, which would make an open redirect.
     */
    public static Conn redirectExternal(Conn conn, String url) {
        return Redirects.external(conn, url);
    }

    /**
     * Sets the response status by Plug's name for it: {@code "not_found"} (404), {@code "unprocessable_entity"} (422),
     * {@code "created"} (201), {@code "im_a_teapot"} (418), ...
     *
     * @throws IllegalArgumentException for a name Plug does not know; the message lists the names
     */
    public static Conn putStatus(Conn conn, String name) {
        return conn.putStatus(Status.code(name));
    }

    /**
     * The reason phrase of the status an error template is named after: {@code "404.html"} gives {@code "Not Found"};
     * a name that is no known status ({@code "whatever.html"}, {@code "999.html"}) gives
     * {@code "Internal Server Error"}.
     */
    public static String statusMessageFromTemplate(String template) {
        int dot = template.indexOf('.');
        try {
            int status = Integer.parseInt(dot < 0 ? template : template.substring(0, dot));
            return Status.reasonPhrase(status).orElse("Internal Server Error");
        } catch (NumberFormatException e) {
            return "Internal Server Error";
        }
    }

    /**
     * Sends {@code download} as a file the browser saves ({@code send_download/3}): {@code content-disposition:
     * attachment; filename="<name>"} with the name www-form encoded (a space is {@code +}), and the content type of
     * the name's extension unless {@code options} give one. The status is the one set so far, or 200.
     *
     * @throws IllegalArgumentException for bytes without {@link DownloadOptions#filename(String) a file name}
     */
    public static Conn sendDownload(Conn conn, Download download, DownloadOptions options) {
        return Downloads.send(conn, download, options);
    }

    /** Sends {@code download} with the default options; bytes need a file name, so use the other form for them. */
    public static Conn sendDownload(Conn conn, Download download) {
        return Downloads.send(conn, download, DownloadOptions.defaults());
    }

    /**
     * Checks that the param {@code key} is present and turns every empty string under it (or one of ASCII spaces only)
     * into null, in nested maps and lists too; uploads are left alone. For HTML forms, which send empty fields.
     *
     * @throws MissingParamException (400) when {@code key} is absent or empty
     */
    public static Conn scrubParams(Conn conn, String key) {
        return ScrubParams.scrub(conn, key);
    }

    /**
     * {@link #scrubParams(Conn, String)} as a plug, for controllers:
     * {@code plugs.plug(scrubParams("user")).when("create", "update")}.
     */
    public static Plug scrubParams(String key) {
        return conn -> ScrubParams.scrub(conn, key);
    }

    /**
     * A plug answering JSON as JSONP when the query string has a {@code callback} param: {@code ?callback=cb} makes
     * the JSON {@code /**}{@code / typeof cb === 'function' && cb(<json>);} sent as {@code application/javascript}.
     * Other responses are left alone, as is a request without the param or with it empty. Keep JSONP routes out of
     * pipelines with CSRF protection, which refuses JavaScript answers to GETs from other sites.
     *
     * @throws IllegalArgumentException (500) when the plug runs, if the name has anything but ASCII letters, digits and
     *     {@code _}
     */
    public static Plug allowJsonp() {
        return Jsonp.plug("callback");
    }

    /** {@link #allowJsonp()} reading the callback name from the query param {@code callbackParam}. */
    public static Plug allowJsonp(String callbackParam) {
        return Jsonp.plug(callbackParam);
    }

    /** The path of the request with its query string as it came: {@code /users/123?existing=param}. */
    public static String currentPath(Conn conn) {
        String query = conn.queryString();
        return query.isEmpty() ? requestPath(conn) : requestPath(conn) + "?" + query;
    }

    /**
     * The path of the request with {@code params} as query string instead of the request's:
     * {@code {"filter": {"status": ["draft", "published"]}}} gives
     * {@code /users/123?filter[status][]=draft&filter[status][]=published}; no params give the path alone.
     */
    public static String currentPath(Conn conn, Map<String, ?> params) {
        if (params.isEmpty()) {
            return requestPath(conn);
        }
        return requestPath(conn) + "?" + Query.encode(params);
    }

    private static String requestPath(Conn conn) {
        List<String> script = conn.scriptName();
        List<String> info = conn.pathInfo();
        if (script.isEmpty()) {
            return "/" + String.join("/", info);
        }
        return "/" + String.join("/", script) + (info.isEmpty() ? "" : "/" + String.join("/", info));
    }

    /**
     * The URL of the request: the endpoint's configured URL (or the one {@link #putRouterUrl} set), never the
     * request's {@code Host} header, and {@link #currentPath(Conn)}.
     *
     * @throws IllegalStateException when the conn is not in an endpoint and no router URL was put
     */
    public static String currentUrl(Conn conn) {
        return routerUrl(conn) + currentPath(conn);
    }

    /** {@link #currentUrl(Conn)} with {@code params} as query string. */
    public static String currentUrl(Conn conn, Map<String, ?> params) {
        return routerUrl(conn) + currentPath(conn, params);
    }

    private static String routerUrl(Conn conn) {
        String url = conn.getPrivate(ROUTER_URL);
        if (url != null) {
            return url;
        }
        if (conn.getPrivate(ENDPOINT) instanceof BaseUrl endpoint) {
            return endpoint.url();
        }
        throw new IllegalStateException("the conn runs in no endpoint, so it has no URL; call putRouterUrl(conn,"
                + " \"https://example.com\") first or run the conn through the endpoint");
    }

    /**
     * Makes URL helpers ({@code Routes.url(conn, ...)}, {@link #currentUrl}) build URLs on {@code url} instead of the
     * endpoint's: {@code putRouterUrl(conn, "https://" + account + ".example.com")}.
     *
     * @throws IllegalArgumentException when {@code url} is no absolute http or https URL
     */
    public static Conn putRouterUrl(Conn conn, String url) {
        return conn.putPrivate(ROUTER_URL, baseUrl(url, "putRouterUrl"));
    }

    /** {@link #putRouterUrl(Conn, String)} from a {@link URI}. */
    public static Conn putRouterUrl(Conn conn, URI url) {
        return putRouterUrl(conn, url.toString());
    }

    /**
     * Makes static URL helpers build URLs on {@code url} (e.g. a CDN) instead of the endpoint's.
     *
     * @throws IllegalArgumentException when {@code url} is no absolute http or https URL
     */
    public static Conn putStaticUrl(Conn conn, String url) {
        return conn.putPrivate(STATIC_URL, baseUrl(url, "putStaticUrl"));
    }

    /** {@link #putStaticUrl(Conn, String)} from a {@link URI}. */
    public static Conn putStaticUrl(Conn conn, URI url) {
        return putStaticUrl(conn, url.toString());
    }

    private static String baseUrl(String url, String function) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException(function + " expects an absolute URL such as"
                    + " \"https://acme.example.com\" (scheme, host, optional port and path), got "
                    + Redirects.inspect(url) + "; add the scheme");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The router that routed the conn (its {@code RouteTable}): {@code RouteTable table = routerModule(conn);}.
     *
     * @throws IllegalStateException before routing
     */
    public static <T> T routerModule(Conn conn) {
        T router = conn.getPrivate(ROUTER);
        if (router == null) {
            throw new IllegalStateException("the conn was not routed yet, so it has no router (private " + ROUTER
                    + "); routerModule is available in pipelines, controllers and their plugs");
        }
        return router;
    }

    /**
     * The endpoint the conn runs in: {@code Endpoint endpoint = endpointModule(conn);}.
     *
     * @throws IllegalStateException when the conn did not go through an endpoint
     */
    public static <T> T endpointModule(Conn conn) {
        T endpoint = conn.getPrivate(ENDPOINT);
        if (endpoint == null) {
            throw new IllegalStateException("the conn runs in no endpoint (private " + ENDPOINT + "); endpointModule"
                    + " is available to plugs and controllers the endpoint runs");
        }
        return endpoint;
    }

    // (end of redirects, status, downloads, params, URLs)

    // ================================================================ views and layouts

    /** Private key of the view templates are rendered with. */
    public static final String VIEW = "phoenix_view";

    /** Private key of the layout, a {@link Layout} or {@code false}. */
    public static final String LAYOUT = "phoenix_layout";

    /** Private key of the root layout, a {@link Layout} or {@code false}. */
    public static final String ROOT_LAYOUT = "phoenix_root_layout";

    /** Private key of the formats rendered in layouts. */
    public static final String LAYOUT_FORMATS = "phoenix_layout_formats";

    /** Private key of the template last rendered. */
    public static final String TEMPLATE = "phoenix_template";

    /** The layout every controller starts with: {@code layout/app}, used when its template exists. */
    public static final Layout DEFAULT_LAYOUT = Layout.app();

    /**
     * Renders {@code template} and sends it, as Phoenix's {@code render/3}: {@code "show.html"} of the conn's view
     * ({@code HelloController}: {@code hello}, the template {@code templates/hello/show.html}) with the conn's assigns,
     * {@code assigns} over them, and {@code conn}; a name without a format ({@code "show"}) takes the request's format
     * from {@code accepts}. HTML is rendered inside the layout ({@code templates/layout/app.html}, its
     * {@code innerContent}) and the root layout when set. The status is the one set, or 200; the content type the
     * format's, with {@code charset=utf-8}, unless one is set.
     */
    public static Conn render(Conn conn, String template, Map<String, ?> assigns) {
        String full = fullTemplate(conn, template);
        ViewRenderer renderer = conn.getPrivate(ViewRenderer.PRIVATE_KEY);
        if (renderer == null) {
            throw new IllegalStateException("no view renderer on the conn; render runs inside the endpoint (or"
                    + " ConnTest), which provides it");
        }
        Map<String, Object> all = new LinkedHashMap<>(conn.assigns());
        all.putAll(assigns);
        all.put("conn", conn);
        Object layoutAssign = all.remove("layout");
        Layout layout = layoutAssign instanceof Layout l ? l : Boolean.FALSE.equals(layoutAssign) ? null : layout(conn);
        Layout optional = null;
        if (layoutAssign == null && layout == DEFAULT_LAYOUT) {
            optional = layout;
            layout = null;
        }
        String view = viewModule(conn);
        Layout chosen = layout;
        Layout fallback = optional;
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("view", view);
        metadata.put("template", full);
        metadata.put("format", ViewRenderer.format(full));
        metadata.put("conn", conn);
        String body = renderer.telemetry()
                .span(
                        ViewRenderer.RENDER,
                        metadata,
                        () -> new Telemetry.SpanResult<>(
                                renderer.renderPage(
                                        view, full, all, chosen, rootLayout(conn), layoutFormats(conn), fallback),
                                metadata));
        conn.putPrivate(TEMPLATE, full);
        if (conn.getRespHeader("content-type").isEmpty()) {
            conn.putRespContentType(MimeTypes.type(ViewRenderer.format(full)));
        }
        Integer status = conn.status();
        return conn.sendResp(status == null ? 200 : status, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Renders {@code template} with the conn's assigns. */
    public static Conn render(Conn conn, String template) {
        return render(conn, template, Map.of());
    }

    /** Renders the template named after the action ({@code show} in the request's format) with {@code assigns}. */
    public static Conn render(Conn conn, Map<String, ?> assigns) {
        return render(conn, actionName(conn), assigns);
    }

    private static String fullTemplate(Conn conn, String template) {
        if (template.contains(".")) {
            return template;
        }
        String format = getFormat(conn);
        if (format == null) {
            Object param = conn.params().get("_format");
            format = param == null ? null : param.toString();
        }
        if (format == null) {
            throw new IllegalStateException("cannot render template \"" + template + "\" because the request format"
                    + " is not set. Please add accepts(\"html\", \"json\", ...) to your pipeline, or give the"
                    + " format in the name (\"" + template + ".html\")");
        }
        return template + "." + format;
    }

    /** Sets the view templates are rendered with: {@code putView(conn, "admin/review")}. */
    public static Conn putView(Conn conn, String view) {
        ensureNotSent(conn, "putView");
        return conn.putPrivate(VIEW, view);
    }

    /** Sets the view unless one is set. */
    public static Conn putNewView(Conn conn, String view) {
        ensureNotSent(conn, "putNewView");
        return conn.getPrivate(VIEW) == null ? conn.putPrivate(VIEW, view) : conn;
    }

    /** The view templates are rendered with. */
    public static String viewModule(Conn conn) {
        String view = conn.getPrivate(VIEW);
        if (view == null) {
            throw new IllegalStateException("a view module was not specified, set one with putView");
        }
        return view;
    }

    /** The template last rendered ({@code "show.html"}), or null. */
    public static @Nullable String viewTemplate(Conn conn) {
        return conn.getPrivate(TEMPLATE);
    }

    /** Sets the layout. */
    public static Conn putLayout(Conn conn, Layout layout) {
        ensureNotSent(conn, "putLayout");
        return conn.putPrivate(LAYOUT, layout);
    }

    /**
     * Renders without a layout ({@code put_layout(conn, false)}); {@code true} is not a layout.
     */
    public static Conn putLayout(Conn conn, boolean layout) {
        ensureNotSent(conn, "putLayout");
        if (layout) {
            throw new IllegalArgumentException("putLayout takes a Layout, a template name or false, got true");
        }
        return conn.putPrivate(LAYOUT, Boolean.FALSE);
    }

    /** Changes the layout's template, keeping its view: {@code putLayout(conn, "print")}. */
    public static Conn putLayout(Conn conn, String name) {
        ensureNotSent(conn, "putLayout");
        return conn.putPrivate(LAYOUT, rename(layout(conn), name));
    }

    /** Sets the layout unless one (or {@code false}) is set. */
    public static Conn putNewLayout(Conn conn, Layout layout) {
        ensureNotSent(conn, "putNewLayout");
        return conn.privateData().containsKey(LAYOUT) ? conn : conn.putPrivate(LAYOUT, layout);
    }

    /** Sets the root layout, rendered around the layout. */
    public static Conn putRootLayout(Conn conn, Layout layout) {
        ensureNotSent(conn, "putRootLayout");
        return conn.putPrivate(ROOT_LAYOUT, layout);
    }

    /** Renders without a root layout. */
    public static Conn putRootLayout(Conn conn, boolean layout) {
        ensureNotSent(conn, "putRootLayout");
        if (layout) {
            throw new IllegalArgumentException("putRootLayout takes a Layout, a template name or false, got true");
        }
        return conn.putPrivate(ROOT_LAYOUT, Boolean.FALSE);
    }

    /** Changes the root layout's template, keeping its view. */
    public static Conn putRootLayout(Conn conn, String name) {
        ensureNotSent(conn, "putRootLayout");
        return conn.putPrivate(ROOT_LAYOUT, rename(rootLayout(conn), name));
    }

    /** Sets the formats rendered in layouts ({@code ["html"]} by default). */
    public static Conn putLayoutFormats(Conn conn, List<String> formats) {
        ensureNotSent(conn, "putLayoutFormats");
        return conn.putPrivate(LAYOUT_FORMATS, List.copyOf(formats));
    }

    /** The layout, or null for none. */
    public static @Nullable Layout layout(Conn conn) {
        return conn.getPrivate(LAYOUT) instanceof Layout layout ? layout : null;
    }

    /** The root layout, or null for none. */
    public static @Nullable Layout rootLayout(Conn conn) {
        return conn.getPrivate(ROOT_LAYOUT) instanceof Layout layout ? layout : null;
    }

    /** The formats rendered in layouts. */
    public static List<String> layoutFormats(Conn conn) {
        List<String> formats = conn.getPrivate(LAYOUT_FORMATS);
        return formats == null ? List.of("html") : formats;
    }

    private static Layout rename(@Nullable Layout current, String name) {
        if (current == null) {
            throw new IllegalStateException("cannot use putLayout or putRootLayout with a name when the layout is"
                    + " false, use a Layout instead: new Layout(\"layout\", \"" + name + "\")");
        }
        return new Layout(current.view(), name);
    }

    private static void ensureNotSent(Conn conn, String function) {
        if (conn.isSent()) {
            throw new AlreadySentException(
                    "the response was already sent; " + function + " must be called before" + " rendering or sending");
        }
    }

    // (end of views and layouts)
}
