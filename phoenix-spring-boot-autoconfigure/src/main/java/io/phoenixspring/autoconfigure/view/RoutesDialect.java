package io.phoenixspring.autoconfigure.view;

import io.phoenixspring.router.Routes;
import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives Thymeleaf templates the path helpers as the expression object {@code #routes}, as {@code Routes} is aliased in
 * Phoenix views: {@code <a th:href="${#routes.path(null, 'user', 'show', user)}">}.
 */
public final class RoutesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "routes";

    private final Routes routes;

    public RoutesDialect(Routes routes) {
        super("phoenix-routes");
        this.routes = routes;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return routes;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
