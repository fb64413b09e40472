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
     * Renders {@code template} ({@code hello/show}, without the format's extension) with {@code assigns}.
     *
     * @throws TemplateNotFoundException when there is no such template
     */
    String render(String template, Map<String, Object> assigns, Locale locale);
}
