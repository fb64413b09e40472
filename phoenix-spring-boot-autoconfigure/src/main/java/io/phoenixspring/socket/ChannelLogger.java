package io.phoenixspring.socket;

import io.phoenixspring.channel.Socket;
import io.phoenixspring.plug.Inspect;
import io.phoenixspring.plug.LoggerPlug;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phoenix.Logger's socket and channel lines, as a telemetry handler (detach {@link #HANDLER_ID} to silence them):
 * {@code CONNECTED TO UserSocket in 120µs} (info), {@code JOINED room:lobby in 75µs} (info) and
 * {@code HANDLED new_msg INCOMING ON room:lobby (RoomChannel) in 45µs} (debug), each with the filtered parameters.
 * Events on topics starting with {@code phoenix} are not logged.
 */
public final class ChannelLogger implements Telemetry.Handler {

    /** The id the handler is attached under. */
    public static final String HANDLER_ID = "phoenix.channel_logger";

    /** The events it handles. */
    public static final List<List<String>> EVENTS = List.of(
            List.of("phoenix", "socket_connected"),
            List.of("phoenix", "channel_joined"),
            List.of("phoenix", "channel_handled_in"));

    private static final Logger LOG = LoggerFactory.getLogger(LoggerPlug.LOGGER_NAME);

    private final ParameterFilter filter;

    public ChannelLogger(ParameterFilter filter) {
        this.filter = filter;
    }

    /** Attaches this logger to {@code telemetry}. */
    public void attachTo(Telemetry telemetry) {
        telemetry.attachMany(HANDLER_ID, EVENTS, this, null);
    }

    @Override
    public void handle(
            List<String> event,
            Map<String, Object> measurements,
            Map<String, Object> metadata,
            @Nullable Object config) {
        String duration = LoggerPlug.duration(((Number) measurements.get("duration")).longValue());
        switch (event.get(1)) {
            case "socket_connected" -> {
                if (LOG.isInfoEnabled()) {
                    LOG.info(
                            "{} TO {} in {}\n  Transport: :{}\n  Serializer: V{}\n  Parameters: {}",
                            "ok".equals(metadata.get("result")) ? "CONNECTED" : "REFUSED CONNECTION",
                            metadata.get("user_socket"),
                            duration,
                            metadata.get("transport"),
                            metadata.get("serializer"),
                            params(metadata.get("params")));
                }
            }
            case "channel_joined" -> {
                Socket socket = (Socket) metadata.get("socket");
                if (LOG.isInfoEnabled() && !String.valueOf(socket.topic()).startsWith("phoenix")) {
                    LOG.info(
                            "{} {} in {}\n  Parameters: {}",
                            "ok".equals(metadata.get("result")) ? "JOINED" : "REFUSED JOIN",
                            socket.topic(),
                            duration,
                            params(metadata.get("params")));
                }
            }
            default -> {
                Socket socket = (Socket) metadata.get("socket");
                if (LOG.isDebugEnabled() && !String.valueOf(socket.topic()).startsWith("phoenix")) {
                    LOG.debug(
                            "HANDLED {} INCOMING ON {} in {}\n  Parameters: {}",
                            metadata.get("event"),
                            socket.topic(),
                            duration,
                            params(metadata.get("params")));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private String params(@Nullable Object params) {
        if (params instanceof Map<?, ?> map) {
            return Inspect.inspect(filter.filter((Map<String, Object>) map));
        }
        return Inspect.inspect(params);
    }
}
