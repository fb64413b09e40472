package io.phoenixspring.controller;

import io.phoenixspring.conn.AlreadySentException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.MimeTypes;
import io.phoenixspring.controller.internal.AcceptHeader;
import io.phoenixspring.controller.internal.ActionPlug;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.view.Layout;
import io.phoenixspring.view.ViewRenderer;
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
    // (end of flash, CSRF and secure headers)

    // ================================================================ redirects, status, downloads, params, URLs
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
        String body = renderer.renderPage(
                viewModule(conn), full, all, layout, rootLayout(conn), layoutFormats(conn), optional);
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
