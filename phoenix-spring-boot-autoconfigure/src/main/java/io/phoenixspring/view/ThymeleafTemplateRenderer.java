package io.phoenixspring.view;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;

/** Renders templates with a Thymeleaf engine: {@code hello/show} is {@code templates/hello/show.html}. */
public final class ThymeleafTemplateRenderer implements TemplateRenderer {

    private final ITemplateEngine engine;

    public ThymeleafTemplateRenderer(ITemplateEngine engine) {
        this.engine = engine;
    }

    @Override
    public String render(String template, Map<String, Object> assigns, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(assigns);
        try {
            return engine.process(template, context);
        } catch (TemplateInputException e) {
            throw new TemplateNotFoundException(
                    "could not render template \"" + template + "\": " + e.getMessage()
                            + "; create src/main/resources/templates/" + template + ".html or fix the template name",
                    e);
        }
    }
}
