package io.phoenixspring.autoconfigure.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.phoenixspring.router.RouterPlug;
import io.phoenixspring.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ObservationBridgeTests {

    private final List<Observation.Context> stopped = new ArrayList<>();
    private final ObservationRegistry registry = ObservationRegistry.create();
    private final Telemetry telemetry = new Telemetry();

    ObservationBridgeTests() {
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        telemetry.addObserver(new ObservationBridge(registry));
    }

    private static final Map<String, String> TAGS =
            Map.of("method", "GET", "route", "/users/:id", "plug", "com.example.UserController", "action", "show");

    @Test
    void withoutARequestObservationTheDispatchIsItsOwnAndTheCurrentOneWhileItRuns() {
        Telemetry.Scope scope = telemetry.observe(RouterPlug.DISPATCH_OBSERVATION, TAGS, Map.of("path", "/users/1"));
        Observation current = registry.getCurrentObservation();
        scope.end(null);

        assertThat(current).isNotNull();
        assertThat(current.getContext().getName()).isEqualTo("phoenix.router_dispatch");
        assertThat(registry.getCurrentObservation()).isNull();
        Observation.Context context = stopped.get(0);
        assertThat(context.getContextualName()).isEqualTo("UserController.show");
        assertThat(context.getLowCardinalityKeyValues())
                .extracting(KeyValue::getKey)
                .containsExactlyInAnyOrder("method", "route", "plug", "action");
        assertThat(context.getHighCardinalityKeyValue("path").getValue()).isEqualTo("/users/1");
    }

    @Test
    void insideARequestObservationTheDispatchNamesItsPatternAndGivesItsError() {
        ServerRequestObservationContext request =
                new ServerRequestObservationContext(new MockHttpServletRequest(), new MockHttpServletResponse());
        Observation http = Observation.createNotStarted("http.server.requests", () -> request, registry)
                .start();
        Observation.Scope outer = http.openScope();
        telemetry
                .observe(RouterPlug.DISPATCH_OBSERVATION, TAGS, Map.of("path", "/users/1"))
                .end(new IllegalStateException("action failed"));
        outer.close();
        http.stop();

        assertThat(stopped).hasSize(1);
        assertThat(request.getPathPattern()).isEqualTo("/users/:id");
        assertThat(request.getError()).hasMessage("action failed");
    }

    @Test
    void aChannelCallbackIsAnObservationWithItsError() {
        telemetry
                .observe(
                        "phoenix.channel.handle_in",
                        Map.of("channel", "RoomChannel", "event", "new_msg"),
                        Map.of("topic", "room:1"))
                .end(new IllegalArgumentException("bad message"));

        Observation.Context context = stopped.get(0);
        assertThat(context.getName()).isEqualTo("phoenix.channel.handle_in");
        assertThat(context.getContextualName()).isEqualTo("RoomChannel handle_in new_msg");
        assertThat(context.getError()).hasMessage("bad message");
    }
}
