package io.phoenixspring.view;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a template by name with assigns, as a Phoenix view renders {@code "show.html"}. The Thymeleaf
 * implementation is configured when Thymeleaf is on the class path.
 */
@FunctionalInterface
public interface TemplateRenderer {

    /** Private key of the renderer on every conn. */
    String PRIVATE_KEY = "phoenix_template_renderer";

    /**
     * Renders {@code template} with {@code assigns}: {@code hello/show} or {@code hello/show.html} is the HTML template
     * {@code templates/hello/show.html}; another format keeps its extension ({@code hello/show.text}).
     *
     * @throws TemplateNotFoundException when there is no such template
     */
    String render(String template, Map<String, Object> assigns, Locale locale);

    /** Whether {@code template} (named as for {@link #render}) exists. */
    default boolean exists(String template) {
        return true;
    }
}
