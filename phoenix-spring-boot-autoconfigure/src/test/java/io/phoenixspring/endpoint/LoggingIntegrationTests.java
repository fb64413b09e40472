package io.phoenixspring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.phoenixspring.LogCapture;
import io.phoenixspring.autoconfigure.telemetry.MicrometerReporter;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.EndpointLogger;
import io.phoenixspring.plug.LoggerPlug;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.router.RouterLogger;
import io.phoenixspring.router.RouterPlug;
import io.phoenixspring.telemetry.Telemetry;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Phoenix's log lines for real requests: the request, the router dispatch, the rendered error and the response. */
@SpringBootTest(
        classes = ErrorPagesTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.banner-mode=off",
            "spring.thymeleaf.prefix=classpath:/error-pages/templates/",
            "phoenix.endpoint.parsers.length=1KB"
        })
class LoggingIntegrationTests extends HttpTestSupport {

    @Autowired
    Telemetry telemetry;

    private final LogCapture logs = LogCapture.of(LoggerPlug.LOGGER_NAME, Level.DEBUG);

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    private List<String> linesOnceThereAre(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> logs.messages().size() >= count);
        return logs.messages();
    }

    @Test
    void routedRequestLogsRequestDispatchAndResponse() throws Exception {
        assertThat(get("/ok?messenger=Frank&password=hunter2").statusCode()).isEqualTo(200);

        List<String> lines = linesOnceThereAre(3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("GET /ok");
        assertThat(lines.get(1))
                .isEqualTo("Processing with FailingController.ok\n"
                        + "  Parameters: %{\"messenger\" => \"Frank\", \"password\" => \"[FILTERED]\"}\n"
                        + "  Pipelines: [:browser]");
        assertThat(lines.get(2)).matches("Sent 200 in \\d+(µs|ms)");
    }

    @Test
    void postedBodyParamsAreFilteredInTheDispatchLine() throws Exception {
        post("/api/ok", "application/json", "{\"user\":{\"name\":\"jo\",\"password\":\"hunter2\"},\"ids\":[1,2]}");

        assertThat(linesOnceThereAre(3))
                .contains("Processing with FailingController.ok\n"
                        + "  Parameters: %{\"ids\" => [1, 2], \"user\" => %{\"name\" => \"jo\", \"password\" =>"
                        + " \"[FILTERED]\"}}\n"
                        + "  Pipelines: [:api]")
                .noneMatch(line -> line.contains("hunter2"));
    }

    @Test
    void renderedErrorIsLoggedAsConverted() throws Exception {
        assertThat(get("/no/such/route").statusCode()).isEqualTo(404);

        List<String> lines = linesOnceThereAre(3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("GET /no/such/route");
        assertThat(lines.get(1)).matches("Sent 404 in \\d+(µs|ms)");
        assertThat(lines.get(2)).isEqualTo("Converted error io.phoenixspring.router.NoRouteException to 404 response");
    }

    @Test
    void connExceptionIsLoggedAsConvertedWithItsStatus() throws Exception {
        get("/api/forbidden");

        assertThat(linesOnceThereAre(4))
                .contains("Converted error io.phoenixspring.conn.ConnException to 403 response");
    }

    @Test
    void staticFilesAreNotLogged() throws Exception {
        assertThat(get("/robots.txt").statusCode()).isEqualTo(200);
        assertThat(get("/ok").statusCode()).isEqualTo(200);

        assertThat(linesOnceThereAre(3))
                .noneMatch(line -> line.contains("robots"))
                .first()
                .isEqualTo("GET /ok");
    }

    @Test
    void requestsAreEndpointTelemetryEventsAndTheLinesComeFromADetachableHandler() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        telemetry.attachMany(
                "test.endpoint",
                List.of(LoggerPlug.START, LoggerPlug.STOP),
                (event, measurements, metadata, config) -> {
                    Conn conn = (Conn) metadata.get("conn");
                    seen.add(String.join(".", event) + " " + new TreeSet<>(measurements.keySet()) + " "
                            + conn.method() + " " + conn.requestPath() + " " + conn.status() + " "
                            + metadata.get("options"));
                },
                null);
        telemetry.detach(EndpointLogger.HANDLER_ID);
        try {
            assertThat(get("/ok").statusCode()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
            assertThat(seen)
                    .containsExactly(
                            "phoenix.endpoint.start [monotonic_time, system_time] GET /ok null {log=INFO}",
                            "phoenix.endpoint.stop [duration, monotonic_time] GET /ok 200 {log=INFO}");
            assertThat(logs.messages()).as("the endpoint logger is detached").noneMatch(l -> l.startsWith("GET "));
        } finally {
            telemetry.detach("test.endpoint");
            new EndpointLogger().attachTo(telemetry);
        }
    }

    @Test
    void routerDispatchEventsCarryTheRoutePatternControllerActionAndPipelines() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        telemetry.attachMany(
                "test.router",
                List.of(RouterPlug.DISPATCH_START, RouterPlug.DISPATCH_STOP, RouterPlug.DISPATCH_EXCEPTION),
                (event, measurements, metadata, config) -> seen.add(event.get(2) + " "
                        + new TreeSet<>(measurements.keySet()) + " " + metadata.get("route") + " "
                        + ((Class<?>) metadata.get("plug")).getSimpleName() + "." + metadata.get("plug_opts") + " "
                        + metadata.get("pipe_through") + " " + metadata.get("log")
                        + (metadata.containsKey("kind")
                                ? " " + metadata.get("kind") + " "
                                        + metadata.get("reason").getClass().getSimpleName()
                                : "")),
                null);
        try {
            assertThat(get("/ok").statusCode()).isEqualTo(200);
            get("/boom");

            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 4);
            assertThat(seen)
                    .containsExactly(
                            "start [monotonic_time, system_time] /ok FailingController.ok [browser] DEBUG",
                            "stop [duration, monotonic_time] /ok FailingController.ok [browser] DEBUG",
                            "start [monotonic_time, system_time] /boom FailingController.boom [browser] DEBUG",
                            "exception [duration, monotonic_time] /boom FailingController.boom [browser] DEBUG error "
                                    + "IllegalStateException");
        } finally {
            telemetry.detach("test.router");
        }
    }

    @Test
    void renderedErrorsAreTelemetryEvents() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        telemetry.attach(
                "test.errors",
                RenderErrors.ERROR_RENDERED,
                (event, measurements, metadata, config) -> seen.add(new TreeSet<>(measurements.keySet()) + " "
                        + metadata.get("status") + " " + metadata.get("kind") + " "
                        + metadata.get("reason").getClass().getSimpleName() + " " + metadata.get("log") + " "
                        + ((Conn) metadata.get("conn")).status()),
                null);
        try {
            assertThat(get("/no/such/route").statusCode()).isEqualTo(404);

            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 1);
            assertThat(seen).containsExactly("[duration] 404 error NoRouteException DEBUG 404");
            assertThat(linesOnceThereAre(3))
                    .contains("Converted error io.phoenixspring.router.NoRouteException to 404 response");
        } finally {
            telemetry.detach("test.errors");
        }
    }

    @Test
    void theProcessingLineIsTheRouterLoggersAndGoesWithIt() throws Exception {
        telemetry.detach(RouterLogger.HANDLER_ID);
        try {
            assertThat(get("/ok").statusCode()).isEqualTo(200);

            List<String> lines = linesOnceThereAre(2);
            assertThat(lines).hasSize(2).noneMatch(line -> line.startsWith("Processing with"));
        } finally {
            new RouterLogger(ParameterFilter.defaults()).attachTo(telemetry);
        }
    }

    @Autowired
    MicrometerReporter reporter;

    @Test
    void theDefaultMetricsRecordRequestsByRoutePattern() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        reporter.bindTo(registry);

        assertThat(get("/ok?x=1").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5))
                .until(() ->
                        registry.find("phoenix.router_dispatch.stop.duration").summary() != null);
        assertThat(registry.get("phoenix.router_dispatch.stop.duration")
                        .tag("route", "/ok")
                        .summary()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("phoenix.endpoint.stop.duration")
                        .summary()
                        .getId()
                        .getBaseUnit())
                .isEqualTo("milliseconds");
    }
}
