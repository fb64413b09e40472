package io.phoenixspring.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PubSubTelemetryTests {

    @Test
    void eachLocalDeliveryIsAnEventWithTheNumberOfSubscribers() {
        Telemetry telemetry = new Telemetry();
        PubSub pubSub = PubSub.local().withTelemetry(telemetry);
        List<Object> received = new ArrayList<>();
        pubSub.subscribe("room:1", received::add);
        pubSub.subscribe("room:1", received::add);
        List<String> seen = new ArrayList<>();
        telemetry.attach(
                "test",
                PubSub.BROADCAST,
                (event, measurements, metadata, config) -> seen.add(measurements.get("subscribers") + " "
                        + metadata.get("topic") + " " + metadata.get("message") + " " + metadata.get("dispatcher")
                        + " " + ((Long) measurements.get("duration") >= 0)),
                null);

        pubSub.broadcast("room:1", "hi");
        pubSub.localBroadcast("room:2", "nobody");

        assertThat(received).containsExactly("hi", "hi");
        assertThat(seen).containsExactly("2 room:1 hi default true", "0 room:2 nobody default true");
    }

    @Test
    void withNothingAttachedMessagesStillArrive() {
        PubSub pubSub = PubSub.local().withTelemetry(new Telemetry());
        List<Object> received = new ArrayList<>();
        pubSub.subscribe("t", received::add);
        pubSub.broadcast("t", Map.of("a", 1));
        assertThat(received).containsExactly(Map.of("a", 1));
    }
}
