package io.phoenixspring.view;

import io.phoenixspring.telemetry.Telemetry;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a view's templates, in layouts, and encodes them by format, as {@code Phoenix.View}: a {@link View} bean
 * answers first (JSON views return data), then the template file of the view's folder. Inject it to render outside
 * a request ({@code renderToString}).
 */
public final class ViewRenderer {

    /** Private key of the renderer on every conn. */
    public static final String PRIVATE_KEY = "phoenix_view_renderer";

    private final Map<String, View> views = new HashMap<>();

    /** The event prefix of a controller's render: {@code start}, {@code stop}, {@code exception}. */
    public static final List<String> RENDER = List.of("phoenix", "controller", "render");

    private final @Nullable TemplateRenderer templates;
    private final JsonMapper json;
    private final Telemetry telemetry;

    /**
     * @param views the view beans, by their {@link View#name()}
     * @param templates renders template files, or null without a template engine
     * @param json encodes the {@code json} format
     */
    public ViewRenderer(Collection<? extends View> views, @Nullable TemplateRenderer templates, JsonMapper json) {
        this(views, templates, json, new Telemetry());
    }

    /**
     * @param views the view beans, by their {@link View#name()}
     * @param templates renders template files, or null without a template engine
     * @param json encodes the {@code json} format
     * @param telemetry where controllers' renders emit {@code phoenix.controller.render.*}
     */
    public ViewRenderer(
            Collection<? extends View> views,
            @Nullable TemplateRenderer templates,
            JsonMapper json,
            Telemetry telemetry) {
        this.telemetry = telemetry;
        for (View view : views) {
            View previous = this.views.put(view.name(), view);
            if (previous != null) {
                throw new IllegalStateException("two views are named \"" + view.name() + "\": "
                        + previous.getClass().getName() + " and "
                        + view.getClass().getName()
                        + "; rename one or override name()");
            }
        }
        this.templates = templates;
        this.json = json;
    }

    /**
     * What {@code template} ({@code "show.html"}) of {@code view} renders to: a view bean's data, or the template's
     * text. {@code view_module} and {@code view_template} are set in the assigns.
     *
     * @throws TemplateNotFoundException when neither the view nor a template file renders it
     */
    public Object render(String view, String template, Map<String, ?> assigns) {
        Map<String, Object> all = new LinkedHashMap<>(assigns);
        all.put("view_module", view);
        all.put("view_template", template);
        View bean = views.get(view);
        if (bean != null) {
            Object data = bean.render(template, all);
            if (data != null) {
                return data;
            }
        }
        if (templates == null || format(template).equals("json")) {
            throw new TemplateNotFoundException(
                    "could not render \"" + template + "\" for view \"" + view + "\": "
                            + (bean == null
                                    ? "there is no View bean named \"" + view + "\""
                                    : bean.getClass().getSimpleName() + ".render returned null for it")
                            + (format(template).equals("json")
                                    ? "; JSON is rendered by a View bean: return data for \"" + template
                                            + "\" from its render"
                                    : "; add Thymeleaf for template files")
                            + " (assigned keys: " + all.keySet() + ")",
                    null);
        }
        return templates.render(view + "/" + template, all, locale(all));
    }

    /** {@link #render} encoded for its format: JSON for {@code json}, the text for the others. */
    public String renderToString(String view, String template, Map<String, ?> assigns) {
        Object rendered = render(view, template, assigns);
        return encode(template, rendered);
    }

    /** {@link #renderToString}, or empty when the view has no such template (what {@code render_existing} does). */
    public Optional<String> renderExisting(String view, String template, Map<String, ?> assigns) {
        View bean = views.get(view);
        if (bean != null && bean.render(template, new LinkedHashMap<>(assigns)) != null) {
            return Optional.of(renderToString(view, template, assigns));
        }
        if (templates != null && !format(template).equals("json") && templates.exists(view + "/" + template)) {
            return Optional.of(renderToString(view, template, assigns));
        }
        return Optional.empty();
    }

    /**
     * Renders {@code template} of {@code view} for a response: inside {@code layout}, then {@code rootLayout}, when
     * the format is one of {@code layoutFormats}, encoded for the format.
     *
     * @param optionalLayout a layout whose template is used only when it exists (the default {@code layout/app})
     */
    public String renderPage(
            String view,
            String template,
            Map<String, ?> assigns,
            @Nullable Layout layout,
            @Nullable Layout rootLayout,
            List<String> layoutFormats,
            @Nullable Layout optionalLayout) {
        String format = format(template);
        String body = encode(template, render(view, template, assigns));
        if (!layoutFormats.contains(format)) {
            return body;
        }
        body = wrap(body, layout, optionalLayout, format, assigns);
        return wrap(body, rootLayout, null, format, assigns);
    }

    private String wrap(
            String inner, @Nullable Layout layout, @Nullable Layout optional, String format, Map<String, ?> assigns) {
        Layout used = layout != null ? layout : optional;
        if (used == null) {
            return inner;
        }
        String template = used.template(format);
        if (layout == null && (templates == null || !templates.exists(used.view() + "/" + template))) {
            return inner;
        }
        Map<String, Object> all = new LinkedHashMap<>(assigns);
        all.put("inner_content", inner);
        all.put("innerContent", inner);
        return encode(template, render(used.view(), template, all));
    }

    private String encode(String template, Object rendered) {
        if (format(template).equals("json")) {
            return json.writeValueAsString(rendered);
        }
        return String.valueOf(rendered);
    }

    private static Locale locale(Map<String, Object> assigns) {
        Object locale = assigns.get("locale");
        if (locale instanceof Locale l) {
            return l;
        }
        return locale instanceof String s && !s.isBlank() ? Locale.forLanguageTag(s) : Locale.getDefault();
    }

    /** The format of a template name: {@code show.html} gives {@code html}. */
    public static String format(String template) {
        int dot = template.lastIndexOf('.');
        return dot < 0 ? "" : template.substring(dot + 1);
    }

    /** Where renders emit their telemetry. */
    public Telemetry telemetry() {
        return telemetry;
    }
}
