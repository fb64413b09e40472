package io.phoenixspring.autoconfigure.telemetry;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.phoenixspring.router.RouterPlug;
import io.phoenixspring.telemetry.Telemetry;
import java.util.Map;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.util.ClassUtils;

/**
 * Makes the work behind Phoenix's events Micrometer {@link Observation}s, so that tracing and every
 * {@code ObservationHandler} see it: the router's dispatch ({@code phoenix.router_dispatch}, tagged with method, route
 * pattern, plug and action) and each channel callback ({@code phoenix.channel.join}, {@code .handle_in},
 * {@code .handle_out}, {@code .handle_info}, tagged with the channel and the event). Each observation is opened as the
 * current one for the work's duration, so spans the work starts are its children. When Spring's
 * {@code http.server.requests} observation surrounds a dispatch, its {@code uri} becomes the route pattern.
 */
public final class ObservationBridge implements Telemetry.Observer {

    private static final boolean SPRING_WEB_OBSERVATION = ClassUtils.isPresent(
            "org.springframework.http.server.observation.ServerRequestObservationContext",
            ObservationBridge.class.getClassLoader());

    private final ObservationRegistry registry;

    public ObservationBridge(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Telemetry.Scope start(String name, Map<String, String> tags, Map<String, String> details) {
        if (name.equals(RouterPlug.DISPATCH_OBSERVATION)) {
            nameRequestPattern(tags.get("route"));
        }
        Observation observation =
                Observation.createNotStarted(name, registry).contextualName(contextualName(name, tags));
        tags.forEach(observation::lowCardinalityKeyValue);
        details.forEach(observation::highCardinalityKeyValue);
        observation.start();
        Observation.Scope scope = observation.openScope();
        return error -> {
            scope.close();
            if (error != null) {
                observation.error(error);
            }
            observation.stop();
        };
    }

    private void nameRequestPattern(String route) {
        Observation current = registry.getCurrentObservation();
        if (SPRING_WEB_OBSERVATION
                && current != null
                && current.getContext() instanceof ServerRequestObservationContext request
                && request.getPathPattern() == null) {
            request.setPathPattern(route);
        }
    }

    /** A span's name: {@code UserController.show}, {@code RoomChannel handle_in new_msg}, {@code RoomChannel join}. */
    private static String contextualName(String name, Map<String, String> tags) {
        String plug = tags.get("plug");
        if (plug != null) {
            String simple = plug.substring(Math.max(plug.lastIndexOf('.'), plug.lastIndexOf('$')) + 1);
            String action = tags.get("action");
            return action == null || action.equals("[]") ? simple : simple + "." + action;
        }
        String channel = tags.get("channel");
        if (channel == null) {
            return name;
        }
        String callback = name.substring(name.lastIndexOf('.') + 1);
        String event = tags.get("event");
        return channel + " " + callback + (event == null ? "" : " " + event);
    }
}
