package io.phoenixspring.plug;

import io.phoenixspring.conn.Conn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request and its response as Phoenix does: {@code GET /hello} when it comes in and
 * {@code Sent 200 in 1ms} when it is sent, at info level under {@code io.phoenixspring.endpoint}.
 */
public final class LoggerPlug implements Plug {

    private static final Logger LOG = LoggerFactory.getLogger("io.phoenixspring.endpoint");

    @Override
    public Conn call(Conn conn) {
        if (!LOG.isInfoEnabled()) {
            return conn;
        }
        long start = System.nanoTime();
        LOG.info("{} {}", conn.method(), conn.requestPath());
        return conn.registerBeforeSend(c -> {
            LOG.info("Sent {} in {}", c.status(), duration(System.nanoTime() - start));
            return c;
        });
    }

    /** Phoenix's duration format: {@code 512µs} under a millisecond, {@code 12ms} above. */
    static String duration(long nanos) {
        long micros = nanos / 1000;
        return micros > 1000 ? (micros / 1000) + "ms" : micros + "µs";
    }
}
