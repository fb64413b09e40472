package io.phoenixspring.benchmarks.routing;

import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Spring MVC's {@link RequestMappingHandlerMapping}, parsing paths with a {@link PathPatternParser} as Spring Boot
 * configures it, with one handler method registered per route of the {@link RouteSet}.
 *
 * <p>A match does what {@code DispatcherServlet} does to find the handler of a request: parses and caches the request
 * path, calls {@link RequestMappingHandlerMapping#getHandler}. The request objects are made once per probe and their
 * attributes (the parsed path, the match's variables) are cleared after each match, as a servlet container recycles
 * a request. No interceptors are registered (Spring Boot adds two, which only grow the returned chain).
 */
final class HandlerMappingContender implements Contender {

    private final RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
    private final MockHttpServletRequest[] requests;

    HandlerMappingContender(RouteSet set) throws NoSuchMethodException {
        MockServletContext servletContext = new MockServletContext();
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(servletContext);
        context.refresh();
        mapping.setPatternParser(new PathPatternParser());
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        Method handle = Handler.class.getMethod("handle");
        for (RouteSet.Route route : set.routes()) {
            RequestMappingInfo info = RequestMappingInfo.paths(route.springPath())
                    .methods(RequestMethod.GET)
                    .options(mapping.getBuilderConfiguration())
                    .build();
            mapping.registerMapping(info, new Handler(route.index()), handle);
        }
        this.requests = set.probes().stream()
                .map(probe -> new MockHttpServletRequest(servletContext, "GET", probe.path()))
                .toArray(MockHttpServletRequest[]::new);
    }

    @Override
    public @Nullable HandlerExecutionChain match(int probe) throws Exception {
        MockHttpServletRequest request = requests[probe];
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return mapping.getHandler(request);
        } finally {
            request.clearAttributes();
        }
    }

    @Override
    public int routeIndex(Object found) {
        HandlerMethod method = (HandlerMethod) ((HandlerExecutionChain) found).getHandler();
        return ((Handler) method.getBean()).index();
    }

    /** The controller of one route; {@link #handle} never runs here. */
    public record Handler(int index) {

        public String handle() {
            return "route " + index;
        }
    }
}
