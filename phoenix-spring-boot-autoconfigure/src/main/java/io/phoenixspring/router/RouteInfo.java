package io.phoenixspring.router;

import java.util.Map;

/**
 * What {@code routeInfo} tells of a request: the route and the path params it takes.
 *
 * @param route the route matched
 * @param pathParams the params from the path
 */
public record RouteInfo(Route route, Map<String, Object> pathParams) {}
