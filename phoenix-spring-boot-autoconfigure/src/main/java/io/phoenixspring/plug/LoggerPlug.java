package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Logs each request and its response as Phoenix does: {@code GET /hello} when it comes in and
 * {@code Sent 200 in 1ms} when it is sent, at info level (or the level given) on the logger
 * {@value #LOGGER_NAME}. Static files are served before this plug runs, so they are not logged.
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Logger.html">Phoenix.Logger</a>
 */
public final class LoggerPlug implements Plug {

    /** The logger of Phoenix's log lines: requests, router dispatch and rendered errors. */
    public static final String LOGGER_NAME = "io.phoenixspring.endpoint";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private final Level level;

    /** Logs at info level. */
    public LoggerPlug() {
        this(Level.INFO);
    }

    /** Logs at {@code level}, as {@code plug Plug.Telemetry, log: level}. */
    public LoggerPlug(Level level) {
        this.level = level;
    }

    @Override
    public Conn call(Conn conn) {
        if (!LOG.isEnabledForLevel(level)) {
            return conn;
        }
        long start = System.nanoTime();
        LOG.atLevel(level).log("{} {}", conn.method(), conn.requestPath());
        return conn.registerBeforeSend(c -> {
            LOG.atLevel(level).log("Sent {} in {}", c.status(), duration(System.nanoTime() - start));
            return c;
        });
    }

    /** Phoenix's duration format: {@code 512µs} up to a millisecond, whole {@code ms} above. */
    public static String duration(long nanos) {
        long micros = nanos / 1000;
        return micros > 1000 ? (micros / 1000) + "ms" : micros + "µs";
    }
}
