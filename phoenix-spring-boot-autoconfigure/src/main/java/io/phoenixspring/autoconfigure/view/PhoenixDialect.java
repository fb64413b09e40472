package io.phoenixspring.autoconfigure.view;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.controller.Controller;
import io.phoenixspring.router.Routes;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * What Phoenix.HTML gives templates, as the {@code phx} dialect and the {@code #phx} expression object:
 *
 * <ul>
 *   <li>{@code <phx:csrf-meta-tag/>}: the CSRF meta tag of {@code csrf_meta_tag()};
 *   <li>{@code <form phx:csrf th:action="...">}: the hidden {@code _csrf_token} input forms need, and
 *       {@code phx:method="put"} for the hidden {@code _method} input;
 *   <li>{@code <a th:href="..." phx:link-method="delete">}: a link that submits with that method, as
 *       {@code link(..., method: :delete)} (with {@code /js/phoenix_html.js});
 *   <li>{@code #phx.csrfToken()}, {@code #phx.flash('info')}, {@code #phx.staticPath('/css/app.css')}.
 * </ul>
 *
 * <p>They read the request from the template's {@code conn} variable, which {@code render} sets.
 */
public final class PhoenixDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {

    private static final String PREFIX = "phx";

    private final Routes routes;

    public PhoenixDialect(Routes routes) {
        super("Phoenix", PREFIX, 1000);
        this.routes = routes;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(
                new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix),
                new CsrfMetaTag(dialectPrefix),
                new FormCsrf(dialectPrefix),
                new FormMethod(dialectPrefix),
                new LinkMethod(dialectPrefix));
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(PREFIX);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Helpers(conn(context), routes);
            }

            @Override
            public boolean isCacheable(String name) {
                return false;
            }
        };
    }

    private static Conn conn(IExpressionContext context) {
        if (context.getVariable("conn") instanceof Conn conn) {
            return conn;
        }
        throw new IllegalStateException("the phx dialect needs the template variable conn; render the template with"
                + " Controller.render, which sets it");
    }

    private static String csrfToken(ITemplateContext context) {
        return Controller.getCsrfToken(conn(context));
    }

    /** {@code #phx}: the helpers of one render. */
    public static final class Helpers {

        private final Conn conn;
        private final Routes routes;

        Helpers(Conn conn, Routes routes) {
            this.conn = conn;
            this.routes = routes;
        }

        /** The masked CSRF token for forms and scripts. */
        public String csrfToken() {
            return Controller.getCsrfToken(conn);
        }

        /** The flash message under {@code key}, or null. */
        public @Nullable Object flash(String key) {
            return Controller.getFlash(conn, key);
        }

        /** The flash messages. */
        public Map<String, Object> flash() {
            return Controller.getFlash(conn);
        }

        /** The path of a static file, digested when a manifest lists it. */
        public String staticPath(String path) {
            return routes.staticPath(conn, path);
        }
    }

    /** {@code <phx:csrf-meta-tag/>}. */
    private static final class CsrfMetaTag extends AbstractElementTagProcessor {

        CsrfMetaTag(String prefix) {
            super(TemplateMode.HTML, prefix, "csrf-meta-tag", true, null, false, 1000);
        }

        @Override
        protected void doProcess(
                ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structure) {
            IModelFactory factory = context.getModelFactory();
            IModel model = factory.createModel();
            Map<String, String> attributes = new java.util.LinkedHashMap<>();
            attributes.put("charset", "UTF-8");
            attributes.put("content", csrfToken(context));
            attributes.put("csrf-param", "_csrf_token");
            attributes.put("method-param", "_method");
            attributes.put("name", "csrf-token");
            model.add(factory.createStandaloneElementTag(
                    "meta", attributes, org.thymeleaf.model.AttributeValueQuotes.DOUBLE, false, false));
            structure.replaceWith(model, false);
        }
    }

    /** {@code <form phx:csrf>}: the hidden CSRF input as the form's first child. */
    private static final class FormCsrf extends AbstractAttributeTagProcessor {

        FormCsrf(String prefix) {
            super(TemplateMode.HTML, prefix, "form", false, "csrf", true, 1100, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String value,
                IElementTagStructureHandler structure) {
            structure.insertImmediatelyAfter(hiddenInput(context, "_csrf_token", csrfToken(context)), false);
        }
    }

    /** {@code <form phx:method="put">}: a POST form carrying {@code _method}. */
    private static final class FormMethod extends AbstractAttributeTagProcessor {

        FormMethod(String prefix) {
            super(TemplateMode.HTML, prefix, "form", false, "method", true, 1100, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String value,
                IElementTagStructureHandler structure) {
            String method = evaluate(context, value).trim().toLowerCase(java.util.Locale.ROOT);
            if (method.equals("get")) {
                structure.setAttribute("method", "get");
                return;
            }
            structure.setAttribute("method", "post");
            if (!method.equals("post")) {
                structure.insertImmediatelyAfter(hiddenInput(context, "_method", method), false);
            }
        }
    }

    /** {@code <a th:href="/users/1" phx:link-method="delete">}. */
    private static final class LinkMethod extends AbstractAttributeTagProcessor {

        LinkMethod(String prefix) {
            super(TemplateMode.HTML, prefix, "a", false, "link-method", true, 1100, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String value,
                IElementTagStructureHandler structure) {
            String href = tag.getAttributeValue("href");
            if (href == null) {
                throw new IllegalStateException("phx:link-method needs the link's href (th:href) to submit to");
            }
            structure.setAttribute("data-csrf", csrfToken(context));
            structure.setAttribute(
                    "data-method", evaluate(context, value).trim().toLowerCase(java.util.Locale.ROOT));
            structure.setAttribute("data-to", href);
            structure.setAttribute("rel", "nofollow");
        }
    }

    /** The attribute's value: a Thymeleaf expression ({@code ${method}}) evaluated, or the text itself. */
    private static String evaluate(ITemplateContext context, String value) {
        String trimmed = value.trim();
        if (trimmed.length() > 2 && "$*#@~".indexOf(trimmed.charAt(0)) >= 0 && trimmed.charAt(1) == '{') {
            Object result = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, trimmed)
                    .execute(context);
            return String.valueOf(result);
        }
        return trimmed;
    }

    private static IModel hiddenInput(ITemplateContext context, String name, String value) {
        IModelFactory factory = context.getModelFactory();
        IModel model = factory.createModel();
        java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
        attributes.put("name", name);
        attributes.put("type", "hidden");
        attributes.put("value", value);
        model.add(factory.createStandaloneElementTag(
                "input", attributes, org.thymeleaf.model.AttributeValueQuotes.DOUBLE, false, true));
        return model;
    }
}
