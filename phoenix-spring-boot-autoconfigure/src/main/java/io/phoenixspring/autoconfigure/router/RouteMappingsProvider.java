package io.phoenixspring.autoconfigure.router;

import io.phoenixspring.router.Route;
import io.phoenixspring.router.RouteTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.web.mappings.MappingDescriptionProvider;
import org.springframework.context.ApplicationContext;

/** Contributes the Phoenix routes to the actuator {@code mappings} endpoint, under {@code phoenixRoutes}. */
public final class RouteMappingsProvider implements MappingDescriptionProvider {

    private final RouteTable table;

    RouteMappingsProvider(RouteTable table) {
        this.table = table;
    }

    @Override
    public String getMappingName() {
        return "phoenixRoutes";
    }

    @Override
    public List<Map<String, Object>> describeMappings(ApplicationContext context) {
        return table.routes().stream().map(RouteMappingsProvider::describe).toList();
    }

    private static Map<String, Object> describe(Route route) {
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("helper", route.helper() == null ? "" : route.helper() + "_path");
        mapping.put("verb", route.verb());
        mapping.put("path", route.path());
        mapping.put("plug", route.plug().getName());
        mapping.put("plugOpts", route.plugOpts());
        mapping.put("pipeThrough", route.pipeThrough());
        if (route.host() != null) {
            mapping.put("host", route.host());
        }
        return mapping;
    }
}
