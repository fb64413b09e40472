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
 * Phoenix.Logger's request lines, as a telemetry handler of {@code phoenix.endpoint.start} and {@code stop}
 * (detach {@link #HANDLER_ID} to silence them, or attach your own): {@code GET /hello} and {@code Sent 200 in 1ms}, at
 * the level in the events' {@code options.log} (info by default).
 */
public final class EndpointLogger implements Telemetry.Handler {

    /** The id the handler is attached under. */
    public static final String HANDLER_ID = "phoenix.endpoint_logger";

    private static final Logger LOG = LoggerFactory.getLogger(LoggerPlug.LOGGER_NAME);

    /** Attaches this logger to {@code telemetry}. */
    public void attachTo(Telemetry telemetry) {
        telemetry.attachMany(HANDLER_ID, List.of(LoggerPlug.START, LoggerPlug.STOP), this, null);
    }

    @Override
    public void handle(
            List<String> event,
            Map<String, Object> measurements,
            Map<String, Object> metadata,
            @Nullable Object config) {
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
