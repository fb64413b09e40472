package io.phoenixspring.router;

import io.phoenixspring.plug.Plug;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;

/** A route as declared, before compilation: its target is a controller action or a plug. */
record RouteSpec(
        String verb,
        String path,
        @Nullable String helper,
        @Nullable Class<?> controller,
        @Nullable String controllerName,
        String action,
        @Nullable Plug plug,
        List<String> pipeThrough,
        @Nullable String host,
        boolean forward,
        boolean trailingSlash,
        Map<String, Object> privateData,
        Map<String, Object> assigns,
        Map<String, Object> metadata,
        @Nullable Level log,
        Router owner) {

    String describe() {
        String target = plug != null
                ? plug.getClass().getSimpleName()
                : controller != null ? controller.getSimpleName() : String.valueOf(controllerName);
        return verb + " " + path + " -> " + target + (plug == null ? " :" + action : "");
    }
}
