package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Phoenix.Logger's request lines, as a telemetry handler of {@code phoenix.endpoint.start} and {@code stop} and
 * {@code phoenix.error_rendered} (detach {@link #HANDLER_ID} to silence them, or attach your own): {@code GET /hello}
 * and {@code Sent 200 in 1ms} at the level in the events' {@code options.log} (info by default), and
 * {@code Converted error com.acme.NotFound to 404 response} at the error's {@code log} level.
 */
public final class EndpointLogger implements Telemetry.Handler {

    /** The id the handler is attached under. */
    public static final String HANDLER_ID = "phoenix.endpoint_logger";

    private static final Logger LOG = LoggerFactory.getLogger(LoggerPlug.LOGGER_NAME);

    /** The events it handles. */
    public static final List<List<String>> EVENTS =
            List.of(LoggerPlug.START, LoggerPlug.STOP, List.of("phoenix", "error_rendered"));

    /** Attaches this logger to {@code telemetry}. */
    public void attachTo(Telemetry telemetry) {
        telemetry.attachMany(HANDLER_ID, EVENTS, this, null);
    }

    /** A telemetry bus with only this logger attached: for parts built without the application's bus. */
    public static Telemetry bus() {
        Telemetry telemetry = new Telemetry();
        new EndpointLogger().attachTo(telemetry);
        return telemetry;
    }

    @Override
    public void handle(
            List<String> event,
            Map<String, Object> measurements,
            Map<String, Object> metadata,
            @Nullable Object config) {
        if (event.equals(EVENTS.get(2))) {
            if (metadata.get("log") instanceof Level level
                    && LOG.isEnabledForLevel(level)
                    && metadata.get("reason") instanceof Throwable reason) {
                LOG.atLevel(level)
                        .log(
                                "Converted error {} to {} response",
                                reason.getClass().getName(),
                                metadata.get("status"));
            }
            return;
        }
        Level level = metadata.get("options") instanceof Map<?, ?> options && options.get("log") instanceof Level l
                ? l
                : Level.INFO;
        if (!LOG.isEnabledForLevel(level) || !(metadata.get("conn") instanceof Conn conn)) {
            return;
        }
        if (event.equals(LoggerPlug.START)) {
            LOG.atLevel(level).log("{} {}", conn.method(), conn.requestPath());
        } else {
            long duration = ((Number) measurements.get("duration")).longValue();
            LOG.atLevel(level).log("Sent {} in {}", conn.status(), LoggerPlug.duration(duration));
        }
    }
}
