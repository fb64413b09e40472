package io.phoenixspring.autoconfigure.telemetry;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.phoenixspring.router.RouterPlug;
import io.phoenixspring.telemetry.Telemetry;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.util.ClassUtils;

/**
 * Makes the work behind Phoenix's events Micrometer {@link Observation}s, so that tracing and every
 * {@code ObservationHandler} see it: each channel callback ({@code phoenix.channel.join}, {@code .handle_in},
 * {@code .handle_out}, {@code .handle_info}, tagged with the channel and the event) and the router's dispatch. Each
 * observation is opened as the current one for the work's duration, so spans the work starts are its children.
 *
 * <p>A request is observed once: inside Spring's {@code http.server.requests} observation (the actuator's filter
 * around the endpoint), the dispatch names that observation's {@code uri} with the route pattern and gives it the
 * action's error; only without one is the dispatch its own observation ({@code phoenix.router_dispatch}, tagged with
 * method, route pattern, plug and action). Observing each request twice cost about a third of the throughput of a
 * small JSON action ({@code run-telemetry-overhead}).
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
        if (name.equals(RouterPlug.DISPATCH_OBSERVATION) && SPRING_WEB_OBSERVATION) {
            Telemetry.Scope request = inRequestObservation(tags.get("route"));
            if (request != null) {
                return request;
            }
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

    /**
     * Inside Spring's {@code http.server.requests} observation, a dispatch is not observed again: the request's
     * observation gets the route pattern as its {@code uri} and the action's error, if it throws. Null outside one.
     */
    private Telemetry.@Nullable Scope inRequestObservation(String route) {
        Observation current = registry.getCurrentObservation();
        if (current == null || !(current.getContext() instanceof ServerRequestObservationContext request)) {
            return null;
        }
        if (request.getPathPattern() == null) {
            request.setPathPattern(route);
        }
        return error -> {
            if (error != null && request.getError() == null) {
                request.setError(error);
            }
        };
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
