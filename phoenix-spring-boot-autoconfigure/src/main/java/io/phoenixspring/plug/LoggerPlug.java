package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.telemetry.EventMap;
import io.phoenixspring.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import org.slf4j.event.Level;

/**
 * The endpoint's {@code Plug.Telemetry}: emits {@code phoenix.endpoint.start} when a request comes in (measurements
 * {@code system_time}, {@code monotonic_time}) and {@code phoenix.endpoint.stop} when its response is sent
 * ({@code duration}, {@code monotonic_time}), both with the metadata {@code conn} and {@code options} ({@code log}: the
 * level). The {@link EndpointLogger} handler turns them into Phoenix's lines, {@code GET /hello} and
 * {@code Sent 200 in 1ms}, on the logger {@value #LOGGER_NAME}. Static files are served before this plug runs, so
 * they are neither measured nor logged. Times are nanoseconds.
 *
 * @see <a href="https://hexdocs.pm/plug/Plug.Telemetry.html">Plug.Telemetry</a>
 */
public final class LoggerPlug implements Plug {

    /** The logger of Phoenix's log lines: requests, router dispatch and rendered errors. */
    public static final String LOGGER_NAME = "io.phoenixspring.endpoint";

    /** The event emitted when a request comes in. */
    public static final List<String> START = List.of("phoenix", "endpoint", "start");

    /** The event emitted when its response is sent. */
    public static final List<String> STOP = List.of("phoenix", "endpoint", "stop");

    private static final EventMap.Keys METADATA = EventMap.keys("conn", "options");

    private final Telemetry.Event start;
    private final Telemetry.Event stop;
    private final Map<String, Object> options;

    /** Logs at info level, through a telemetry bus of its own. */
    public LoggerPlug() {
        this(Level.INFO);
    }

    /** Logs at {@code level}, as {@code plug Plug.Telemetry, log: level}, through a telemetry bus of its own. */
    public LoggerPlug(Level level) {
        this(EndpointLogger.bus(), level);
    }

    /** Emits the endpoint events on {@code telemetry}, with {@code log: level} in their options. */
    public LoggerPlug(Telemetry telemetry, Level level) {
        this.start = telemetry.event(START);
        this.stop = telemetry.event(STOP);
        this.options = Map.of("log", level);
    }

    @Override
    public Conn call(Conn conn) {
        boolean started = start.hasHandlers();
        if (!started && !stop.hasHandlers()) {
            return conn;
        }
        long startTime = System.nanoTime();
        if (started) {
            start.execute(
                    Telemetry.START_MEASUREMENTS.with(Telemetry.systemTime(), startTime), METADATA.with(conn, options));
        }
        return conn.registerBeforeSend(sent -> {
            long end = System.nanoTime();
            stop.execute(Telemetry.STOP_MEASUREMENTS.with(end - startTime, end), METADATA.with(sent, options));
            return sent;
        });
    }

    /** Phoenix's duration format: {@code 512µs} up to a millisecond, whole {@code ms} above. */
    public static String duration(long nanos) {
        long micros = nanos / 1000;
        return micros > 1000 ? (micros / 1000) + "ms" : micros + "µs";
    }
}
