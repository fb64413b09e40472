package io.phoenixspring.benchmarks.routing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A WebMvc.fn {@link RouterFunction} built with {@link RouterFunctions#route()}, one {@code GET} route per route of
 * the {@link RouteSet}, in order.
 *
 * <p>A match does what {@code DispatcherServlet} and {@code RouterFunctionMapping} do to find the handler function of
 * a request: parses and caches the request path, wraps the servlet request in a {@link ServerRequest} and asks the
 * router function for a route. The servlet requests are made once per probe and their attributes (the parsed path,
 * the matching pattern, which a router function merges with the one already there) are cleared after each match, as a
 * servlet container recycles a request.
 */
final class RouterFunctionContender implements Contender {

    private final RouterFunction<ServerResponse> routerFunction;
    private final List<HttpMessageConverter<?>> messageConverters = List.of(new StringHttpMessageConverter());
    private final MockHttpServletRequest[] requests;

    RouterFunctionContender(RouteSet set) {
        RouterFunctions.Builder builder = RouterFunctions.route();
        for (RouteSet.Route route : set.routes()) {
            builder.GET(route.springPath(), new Target(route.index()));
        }
        this.routerFunction = builder.build();
        MockServletContext servletContext = new MockServletContext();
        this.requests = set.probes().stream()
                .map(probe -> new MockHttpServletRequest(servletContext, "GET", probe.path()))
                .toArray(MockHttpServletRequest[]::new);
    }

    @Override
    public @Nullable HandlerFunction<ServerResponse> match(int probe) {
        MockHttpServletRequest request = requests[probe];
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return routerFunction
                    .route(ServerRequest.create(request, messageConverters))
                    .orElse(null);
        } finally {
            request.clearAttributes();
        }
    }

    @Override
    public int routeIndex(Object found) {
        return ((Target) found).index();
    }

    /** The handler function of one route; it never runs here. */
    record Target(int index) implements HandlerFunction<ServerResponse> {

        @Override
        public ServerResponse handle(ServerRequest request) {
            return ServerResponse.ok().body("route " + index);
        }
    }
}
