package io.phoenixspring.view;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;

/**
 * Renders templates with a Thymeleaf engine: {@code hello/show.html} is {@code templates/hello/show.html}, and
 * {@code hello/show.text} is {@code templates/hello/show.text} (rendered in Thymeleaf's TEXT mode).
 */
public final class ThymeleafTemplateRenderer implements TemplateRenderer {

    private final ITemplateEngine engine;
    private final Map<String, Boolean> existing = new ConcurrentHashMap<>();

    public ThymeleafTemplateRenderer(ITemplateEngine engine) {
        this.engine = engine;
    }

    @Override
    public String render(String template, Map<String, Object> assigns, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(assigns);
        String name = engineName(template);
        try {
            return engine.process(name, context);
        } catch (TemplateInputException e) {
            if (!exists(template)) {
                throw new TemplateNotFoundException(
                        "could not render template \"" + template + "\": there is no"
                                + " template " + name + (name.contains(".") ? "" : ".html")
                                + " under the Thymeleaf prefix"
                                + " (src/main/resources/templates/ by default); create it or fix the template name",
                        e);
            }
            throw e;
        }
    }

    @Override
    public boolean exists(String template) {
        return existing.computeIfAbsent(engineName(template), this::lookup);
    }

    private boolean lookup(String name) {
        if (!(engine instanceof TemplateEngine templateEngine)) {
            return true;
        }
        for (ITemplateResolver resolver : templateEngine.getTemplateResolvers()) {
            TemplateResolution resolution =
                    resolver.resolveTemplate(templateEngine.getConfiguration(), null, name, null);
            if (resolution != null && resolution.getTemplateResource().exists()) {
                return true;
            }
        }
        return false;
    }

    private static String engineName(String template) {
        return template.endsWith(".html") ? template.substring(0, template.length() - ".html".length()) : template;
    }
}
