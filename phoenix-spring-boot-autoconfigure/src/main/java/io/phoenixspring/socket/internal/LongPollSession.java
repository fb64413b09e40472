package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One long-poll connection, as Phoenix's {@code LongPoll.Server}: owns the connection's socket process, buffers the
 * text frames it writes until a poll takes them, holds at most one waiting poll (answered when a frame arrives or the
 * window ends, without a thread waiting), and closes with {@code shutdown:inactive} when no poll came for 1.5 windows.
 */
final class LongPollSession implements Outbound {

    private static final Logger LOG = LoggerFactory.getLogger(LongPollSession.class);

    private final String id;
    private final String token;
    private final Serializer serializer;
    private final Duration window;
    private final long inactivityMillis;
    private final long maxBufferedBytes;
    private final ScheduledExecutorService timers;
    private final Consumer<LongPollSession> onClose;
    private final ReentrantLock dispatching = new ReentrantLock();
    private final Object lock = new Object();
    private final List<String> buffer = new ArrayList<>();
    private long bufferedBytes;
    private @Nullable LongPollRequest waiting;
    private long lastPoll;
    private @Nullable ScheduledFuture<?> inactivityCheck;
    private @Nullable SocketProcess process;
    private volatile boolean closed;
    private final LongConsumer onSlowClient;

    LongPollSession(
            String id,
            String token,
            Serializer serializer,
            Duration window,
            long maxBufferedBytes,
            ScheduledExecutorService timers,
            Consumer<LongPollSession> onClose,
            LongConsumer onSlowClient) {
        this.onSlowClient = onSlowClient;
        this.id = id;
        this.token = token;
        this.serializer = serializer;
        this.window = window;
        this.inactivityMillis = window.toMillis() * 3 / 2;
        this.maxBufferedBytes = maxBufferedBytes;
        this.timers = timers;
        this.onClose = onClose;
        this.lastPoll = System.currentTimeMillis();
    }

    /** Starts the session with its socket process; the inactivity clock starts now. */
    void start(SocketProcess process) {
        synchronized (lock) {
            this.process = process;
            scheduleInactivityCheck(inactivityMillis);
        }
    }

    String id() {
        return id;
    }

    String token() {
        return token;
    }

    Serializer serializer() {
        return serializer;
    }

    boolean closed() {
        return closed;
    }

    // ================================================================ client → server

    /** Runs {@code messages} through the socket process in order, one request at a time, as the session's mailbox. */
    boolean tryDispatch(Duration timeout, List<Message> messages) throws InterruptedException {
        if (!dispatching.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        try {
            SocketProcess current = process;
            if (closed || current == null) {
                return false;
            }
            for (Message message : messages) {
                current.handle(message);
            }
            return true;
        } finally {
            dispatching.unlock();
        }
    }

    // ================================================================ server → client

    /**
     * A poll: answered at once with what is buffered, else it waits (asynchronously) for the next frame or the end of
     * the window. A poll still waiting from before is answered {@code 204}, as the client has moved on.
     */
    void poll(LongPollRequest request) {
        List<String> messages = null;
        LongPollRequest replaced = null;
        synchronized (lock) {
            lastPoll = System.currentTimeMillis();
            if (closed || !buffer.isEmpty()) {
                messages = drain();
            } else {
                replaced = waiting;
                waiting = request;
                request.await(window, timers, () -> windowEnded(request));
            }
        }
        if (replaced != null) {
            replaced.answer(204, token, List.of());
        }
        if (messages != null) {
            request.answer(messages.isEmpty() ? 204 : 200, token, messages);
        }
    }

    private void windowEnded(LongPollRequest request) {
        synchronized (lock) {
            if (waiting == request) {
                waiting = null;
                lastPoll = System.currentTimeMillis();
            }
        }
        request.answer(204, token, List.of());
    }

    @Override
    public void write(Frame frame) {
        if (frame.isBinary()) {
            LOG.warn("dropping a binary frame for a long-poll client: binary frames are only sent over WebSocket");
            return;
        }
        String text = String.valueOf(frame.text());
        LongPollRequest request;
        List<String> messages;
        synchronized (lock) {
            if (closed) {
                return;
            }
            buffer.add(text);
            bufferedBytes += text.length();
            if (bufferedBytes > maxBufferedBytes && waiting == null) {
                onSlowClient.accept(bufferedBytes);
                LOG.warn(
                        "closing a long-poll session whose client let {} bytes queue up (over {}); it cannot keep up",
                        bufferedBytes,
                        maxBufferedBytes);
                closeAsync("shutdown:closed");
                return;
            }
            request = waiting;
            if (request == null) {
                return;
            }
            waiting = null;
            messages = drain();
        }
        request.answer(200, token, messages);
    }

    private List<String> drain() {
        List<String> messages = List.copyOf(buffer);
        buffer.clear();
        bufferedBytes = 0;
        return messages;
    }

    // ================================================================ closing

    private void scheduleInactivityCheck(long delayMillis) {
        inactivityCheck = timers.schedule(this::checkInactivity, Math.max(1, delayMillis), TimeUnit.MILLISECONDS);
    }

    private void checkInactivity() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            long idle = System.currentTimeMillis() - lastPoll;
            if (waiting != null || idle < inactivityMillis) {
                scheduleInactivityCheck(waiting != null ? inactivityMillis : inactivityMillis - idle);
                return;
            }
        }
        LOG.debug("closing long-poll session {}: no poll for {} ms", id, inactivityMillis);
        close("shutdown:inactive");
    }

    /** Closes the session from a frame writer's thread without running channel callbacks on it. */
    private void closeAsync(String reason) {
        timers.execute(() -> close(reason));
    }

    /** Closes the session and stops its channels with {@code reason}. */
    void close(String reason) {
        SocketProcess current;
        synchronized (lock) {
            current = process;
        }
        if (closeTransport() && current != null) {
            current.closed(reason);
        }
    }

    /** The socket process closes the connection ({@code disconnect}); it stops the channels itself. */
    @Override
    public void close(int code, String reason) {
        closeTransport();
    }

    private boolean closeTransport() {
        LongPollRequest request;
        synchronized (lock) {
            if (closed) {
                return false;
            }
            closed = true;
            buffer.clear();
            bufferedBytes = 0;
            request = waiting;
            waiting = null;
            ScheduledFuture<?> check = inactivityCheck;
            if (check != null) {
                check.cancel(false);
            }
        }
        onClose.accept(this);
        if (request != null) {
            request.answer(204, token, List.of());
        }
        return true;
    }
}
