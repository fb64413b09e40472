package io.phoenixspring.router;

import static io.phoenixspring.router.RouterFixtures.compile;
import static io.phoenixspring.router.RouterFixtures.conn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.router.RouterFixtures.PageController;
import io.phoenixspring.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a telemetry observer is told of a dispatch: the route's pattern, plug and action, the method and the path. */
class RouterObservationTests {

    private final List<String> seen = new ArrayList<>();
    private final Telemetry telemetry = new Telemetry();

    RouterObservationTests() {
        telemetry.addObserver((name, tags, details) -> {
            seen.add(name + " " + new java.util.TreeMap<>(tags) + " " + details);
            return error -> seen.add("end " + (error == null ? "ok" : error.getMessage()));
        });
    }

    private RouterPlug router(RouteTable table) {
        return new RouterPlug(() -> table, false, ParameterFilter.defaults(), telemetry);
    }

    @Test
    void aDispatchIsObservedWithItsRoutePlugActionMethodAndPath() {
        RouteTable table = compile(r -> r.scope("/", s -> s.get("/hello/:messenger", PageController.class, "show")));

        router(table).call(conn("GET", "/hello/Frank"));

        assertThat(seen)
                .containsExactly(
                        "phoenix.router_dispatch {action=show, method=GET, plug=" + PageController.class.getName()
                                + ", route=/hello/:messenger} {path=/hello/Frank}",
                        "end ok");
    }

    @Test
    void aFailingActionEndsTheObservationWithItsError() {
        RouteTable table = compile(r -> r.get("/boom", conn -> {
            throw new IllegalStateException("plug failed on purpose");
        }));

        assertThatThrownBy(() -> router(table).call(conn("GET", "/boom"))).hasMessage("plug failed on purpose");

        assertThat(seen).last().isEqualTo("end plug failed on purpose");
    }
}
