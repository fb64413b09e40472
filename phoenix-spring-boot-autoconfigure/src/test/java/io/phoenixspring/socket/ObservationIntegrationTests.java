package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.phoenixspring.endpoint.Endpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Requests (Spring's {@code http.server.requests}, named by the router) and channel callbacks as Micrometer
 * observations, over real HTTP and a real WebSocket.
 */
@SpringBootTest(
        classes = {SocketTestApplication.class, ObservationIntegrationTests.Observed.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservationIntegrationTests {

    /** An observation as it stopped. */
    record Stopped(
            String name,
            @Nullable String contextualName,
            Map<String, String> low,
            Map<String, String> high,
            @Nullable Throwable error,
            @Nullable String parent) {}

    static final List<Stopped> STOPPED = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Observed {

        @Bean
        ObservationRegistry observationRegistry() {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new ObservationHandler<>() {
                @Override
                public void onStop(Observation.Context context) {
                    Observation.ContextView parent = context.getParentObservation() == null
                            ? null
                            : context.getParentObservation().getContextView();
                    STOPPED.add(new Stopped(
                            context.getName(),
                            context.getContextualName(),
                            keyValues(context.getLowCardinalityKeyValues()),
                            keyValues(context.getHighCardinalityKeyValues()),
                            context.getError(),
                            parent == null ? null : parent.getName()));
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return true;
                }
            });
            return registry;
        }

        @Bean
        FilterRegistrationBean<ServerHttpObservationFilter> serverObservation(ObservationRegistry registry) {
            FilterRegistrationBean<ServerHttpObservationFilter> bean =
                    new FilterRegistrationBean<>(new ServerHttpObservationFilter(registry));
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return bean;
        }
    }

    private static Map<String, String> keyValues(Iterable<KeyValue> values) {
        Map<String, String> map = new TreeMap<>();
        values.forEach(kv -> map.put(kv.getKey(), kv.getValue()));
        return map;
    }

    @Autowired
    Environment environment;

    @Autowired
    Endpoint endpoint;

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }

    @BeforeEach
    void clear() {
        STOPPED.clear();
    }

    private List<Stopped> stopped(String name, int count) {
        await().atMost(Duration.ofSeconds(5))
                .until(() -> STOPPED.stream().filter(s -> s.name().equals(name)).count() >= count);
        return STOPPED.stream().filter(s -> s.name().equals(name)).toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestIsObservedOnceAndTheRouterNamesItsUri() throws Exception {
        assertThat(get("/rooms/42").body()).isEqualTo("room 42");

        Stopped request = stopped("http.server.requests", 1).get(0);
        assertThat(request.low())
                .containsEntry("uri", "/rooms/:id")
                .containsEntry("status", "200")
                .containsEntry("exception", "none");
        assertThat(request.error()).isNull();
        assertThat(STOPPED).extracting(Stopped::name).doesNotContain("phoenix.router_dispatch");
    }

    @Test
    void aCrashingActionGivesTheRequestObservationItsError() throws Exception {
        assertThat(get("/rooms/7/crash").statusCode()).isEqualTo(500);

        Stopped request = stopped("http.server.requests", 1).get(0);
        assertThat(request.low())
                .containsEntry("uri", "/rooms/:id/crash")
                .containsEntry("status", "500")
                .containsEntry("exception", "IllegalStateException");
        assertThat(request.error()).isInstanceOf(IllegalStateException.class).hasMessageContaining("on purpose");
    }

    @Test
    void channelCallbacksAreObservations() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0&token=observed");
        client.send("[\"1\",\"1\",\"room:after\",\"phx_join\",{}]");
        client.next();
        client.next();
        client.send("[\"1\",\"2\",\"room:after\",\"echo\",{\"b\":2}]");
        client.next();
        endpoint.broadcast("room:after", "censored", Map.of("word", "x"));
        assertThat(client.next()).contains("intercepted");
        client.send("[\"1\",\"3\",\"room:after\",\"crash\",{}]");

        Stopped join = stopped("phoenix.channel.join", 1).get(0);
        assertThat(join.low()).containsEntry("channel", "RoomChannel").doesNotContainKey("event");
        assertThat(join.high()).containsEntry("topic", "room:after");
        assertThat(join.contextualName()).isEqualTo("RoomChannel join");

        Stopped info = stopped("phoenix.channel.handle_info", 1).get(0);
        assertThat(info.high()).containsEntry("topic", "room:after");

        Stopped out = stopped("phoenix.channel.handle_out", 1).get(0);
        assertThat(out.low()).containsEntry("event", "censored");
        assertThat(out.contextualName()).isEqualTo("RoomChannel handle_out censored");

        List<Stopped> handled = stopped("phoenix.channel.handle_in", 2);
        assertThat(handled.get(0).low()).containsEntry("channel", "RoomChannel").containsEntry("event", "echo");
        assertThat(handled.get(0).contextualName()).isEqualTo("RoomChannel handle_in echo");
        assertThat(handled.get(0).error()).isNull();
        assertThat(handled.get(1).low()).containsEntry("event", "crash");
        assertThat(handled.get(1).error()).hasMessage("crashed on purpose");
    }
}
