package io.phoenixspring.endpoint;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The application's error view, as {@code HelloWeb.ErrorView}: its render clauses take priority over the
 * {@code error/404.html} templates. Return the body for {@code "404.html"} (text, sent as HTML) or the data for
 * {@code "404.json"} (encoded as JSON), or null to fall back to the template and then to the status message, as
 * Phoenix's {@code template_not_found/2}.
 *
 * <pre>{@code
 * @Bean
 * ErrorView errorView() {
 *     return (template, assigns) -> switch (template) {
 *         case "404.html" -> "Page Not Found";
 *         case "404.json" -> Map.of("errors", Map.of("detail", "Page Not Found"));
 *         default -> null;
 *     };
 * }
 * }</pre>
 *
 * @see <a href="https://hexdocs.pm/phoenix/custom_error_pages.html">Custom Error Pages</a>
 */
@FunctionalInterface
public interface ErrorView {

    /**
     * Renders {@code template} ({@code "<status>.<format>"}, e.g. {@code "500.json"}).
     *
     * @param assigns {@code status}, {@code message} (the status message), {@code reason} (the exception's message),
     *     {@code kind}, {@code exception} (its class name) and {@code conn}; never the stack trace
     * @return the body (html and other text formats) or the data (json), or null when this view has no clause for it
     */
    @Nullable
    Object render(String template, Map<String, Object> assigns);
}
