package io.phoenixspring.socket.internal;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * One long-poll HTTP request and its answer, Phoenix's JSON envelope {@code {"status": ..., "token": ...,
 * "messages": [...]}} always sent with HTTP 200. A waiting poll is put in asynchronous mode: no thread waits for it; it
 * is answered exactly once, by whichever comes first of a frame, the end of the window or the session's end.
 */
final class LongPollRequest {

    private static final Logger LOG = LoggerFactory.getLogger(LongPollRequest.class);

    /** How long past its window the container lets a forgotten poll live; the window timer answers first. */
    private static final long CONTAINER_TIMEOUT_MARGIN_MILLIS = 30_000;

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final JsonMapper json;
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile @Nullable AsyncContext context;
    private volatile @Nullable ScheduledFuture<?> timer;

    LongPollRequest(HttpServletRequest request, HttpServletResponse response, JsonMapper json) {
        this.request = request;
        this.response = response;
        this.json = json;
    }

    /** Puts the request in asynchronous mode; {@code onWindowEnd} runs when nothing answered it within the window. */
    void await(Duration window, ScheduledExecutorService timers, Runnable onWindowEnd) {
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(window.toMillis() + CONTAINER_TIMEOUT_MARGIN_MILLIS);
        async.addListener(new Listener());
        context = async;
        timer = timers.schedule(onWindowEnd, window.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Answers {@code {"status": status, "token": token, "messages": messages}}, once. */
    void answer(int status, String token, List<String> messages) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> pending = timer;
        if (pending != null) {
            pending.cancel(false);
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("status", status);
        envelope.put("token", token);
        envelope.put("messages", messages);
        byte[] body = json.writeValueAsBytes(envelope);
        AsyncContext async = context;
        if (async == null) {
            write(response, body);
            return;
        }
        async.start(() -> {
            try {
                write(response, body);
            } finally {
                async.complete();
            }
        });
    }

    /** Answers {@code {"status": status}} with HTTP 200, as Phoenix's {@code status_json}. */
    static void status(HttpServletResponse response, int status) {
        write(response, ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(HttpServletResponse response, byte[] body) {
        try {
            response.setStatus(200);
            response.setContentType("application/json; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException | RuntimeException e) {
            LOG.debug("answering a long-poll request failed (client gone?): {}", e.toString());
        }
    }

    private final class Listener implements AsyncListener {

        @Override
        public void onTimeout(AsyncEvent event) {
            if (answered.compareAndSet(false, true)) {
                LOG.warn(
                        "a long-poll request outlived its window by {} ms; answering it 204",
                        CONTAINER_TIMEOUT_MARGIN_MILLIS);
                status(response, 204);
                event.getAsyncContext().complete();
            }
        }

        @Override
        public void onError(AsyncEvent event) {
            answered.set(true);
            event.getAsyncContext().complete();
        }

        @Override
        public void onComplete(AsyncEvent event) {}

        @Override
        public void onStartAsync(AsyncEvent event) {}
    }
}
