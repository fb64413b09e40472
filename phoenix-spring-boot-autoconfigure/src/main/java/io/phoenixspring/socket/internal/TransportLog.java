package io.phoenixspring.socket.internal;

import io.phoenixspring.plug.LoggerPlug;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Phoenix's {@code transport_log}: a transport's HTTP request logged as the endpoint logs requests,
 * {@code GET /socket/websocket} when it comes in and {@code Sent 101 in 1ms} when it is answered (for a long poll that
 * waits, when the poll answers).
 */
final class TransportLog {

    private static final Logger LOG = LoggerFactory.getLogger(LoggerPlug.LOGGER_NAME);

    /** What a transport does with a request. */
    @FunctionalInterface
    interface Serve {
        void serve() throws IOException;
    }

    private TransportLog() {}

    static void around(@Nullable Level level, HttpServletRequest request, HttpServletResponse response, Serve serve)
            throws IOException {
        if (level == null || !LOG.isEnabledForLevel(level)) {
            serve.serve();
            return;
        }
        long start = System.nanoTime();
        LOG.atLevel(level).log("{} {}", request.getMethod(), request.getRequestURI());
        serve.serve();
        if (request.isAsyncStarted()) {
            request.getAsyncContext().addListener(new AsyncListener() {
                @Override
                public void onComplete(AsyncEvent event) {
                    sent(level, response, start);
                }

                @Override
                public void onTimeout(AsyncEvent event) {}

                @Override
                public void onError(AsyncEvent event) {}

                @Override
                public void onStartAsync(AsyncEvent event) {}
            });
        } else {
            sent(level, response, start);
        }
    }

    private static void sent(Level level, HttpServletResponse response, long start) {
        LOG.atLevel(level).log("Sent {} in {}", response.getStatus(), LoggerPlug.duration(System.nanoTime() - start));
    }
}
