package io.phoenixspring.view;

import org.jspecify.annotations.Nullable;

/**
 * A layout: a view and a template name, with or without its format, as Phoenix's {@code {LayoutView, "app.html"}}.
 * A name without a format ({@code app}) takes the format of the template rendered inside it.
 *
 * @param view the layout's view, e.g. {@code layout}
 * @param name the template, e.g. {@code app} or {@code app.html}
 */
public record Layout(String view, String name) {

    /** Phoenix's default: {@code layout/app}. */
    public static Layout app() {
        return new Layout("layout", "app");
    }

    /** The template for {@code format}: {@code app} with {@code html} gives {@code app.html}. */
    public String template(@Nullable String format) {
        return name.contains(".") || format == null ? name : name + "." + format;
    }

    /** The format of the name, or null when it has none. */
    public @Nullable String format() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : name.substring(dot + 1);
    }
}
