package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection: decodes frames into its socket process, and writes what the process sends through a
 * queue with one asynchronous write in flight at a time; no thread ever waits on a slow client. A client that lets
 * more than the allowed bytes queue up is disconnected with 1013.
 */
public final class WebSocketConnection extends Endpoint implements Outbound {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketConnection.class);

    /** The container's per-connection read buffers: small, frames are put together from parts. */
    private static final int READ_BUFFER = 2048;

    private final Serializer serializer;
    private final Function<Outbound, SocketProcess> processFactory;
    private final Duration timeout;
    private final int maxFrameSize;
    private final long maxQueuedBytes;
    private final LongConsumer onSlowClient;
    private final Queue<Frame> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicReference<@Nullable Thread> pumping =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final SendHandler onSent = this::onSent;
    private volatile @Nullable Session session;
    private volatile @Nullable SocketProcess process;
    private volatile boolean closing;
    private @Nullable StringBuilder textParts;
    private java.io.@Nullable ByteArrayOutputStream binaryParts;

    public WebSocketConnection(
            Serializer serializer,
            Function<Outbound, SocketProcess> processFactory,
            Duration timeout,
            int maxFrameSize,
            long maxQueuedBytes,
            LongConsumer onSlowClient) {
        this.onSlowClient = onSlowClient;
        this.serializer = serializer;
        this.processFactory = processFactory;
        this.timeout = timeout;
        this.maxFrameSize = maxFrameSize;
        this.maxQueuedBytes = maxQueuedBytes;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        this.session = session;
        session.setMaxIdleTimeout(timeout.toMillis());
        session.setMaxTextMessageBufferSize(READ_BUFFER);
        session.setMaxBinaryMessageBufferSize(READ_BUFFER);
        this.process = processFactory.apply(this);
        session.addMessageHandler(String.class, (MessageHandler.Partial<String>) this::receiveText);
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Partial<ByteBuffer>) this::receiveBinary);
        pump();
    }

    /**
     * Frames arrive in parts of the container's buffer size (small, so idle connections stay small) and are put
     * together here, up to the largest frame allowed; a larger one closes the connection with 1009.
     */
    private void receiveText(String part, boolean last) {
        if (last && textParts == null) {
            if (part.length() > maxFrameSize) {
                tooBig(part.length());
                return;
            }
            receive(Frame.text(part));
            return;
        }
        if (textParts == null) {
            textParts = new StringBuilder(part.length() * 2);
        }
        textParts.append(part);
        if (textParts.length() > maxFrameSize) {
            tooBig(textParts.length());
            return;
        }
        if (last) {
            String text = textParts.toString();
            textParts = null;
            receive(Frame.text(text));
        }
    }

    private void receiveBinary(ByteBuffer part, boolean last) {
        if (binaryParts == null) {
            binaryParts = new java.io.ByteArrayOutputStream(part.remaining());
        }
        byte[] bytes = new byte[part.remaining()];
        part.get(bytes);
        binaryParts.writeBytes(bytes);
        if (binaryParts.size() > maxFrameSize) {
            tooBig(binaryParts.size());
            return;
        }
        if (last) {
            byte[] data = binaryParts.toByteArray();
            binaryParts = null;
            receive(Frame.binary(data));
        }
    }

    private void tooBig(int size) {
        textParts = null;
        binaryParts = null;
        LOG.warn(
                "closing a WebSocket whose client sent a frame of over {} bytes (the limit is {}); raise the"
                        + " socket's maxFrameSize if such frames are expected",
                size,
                maxFrameSize);
        close(CloseReason.CloseCodes.TOO_BIG.getCode(), "frame too big");
    }

    private void receive(Frame frame) {
        SocketProcess current = process;
        if (current == null || closing) {
            return;
        }
        Message message;
        try {
            message = serializer.decode(frame);
        } catch (RuntimeException e) {
            LOG.warn("closing a WebSocket whose client sent an undecodable frame: {}", e.getMessage());
            close(CloseReason.CloseCodes.UNEXPECTED_CONDITION.getCode(), "undecodable frame");
            return;
        }
        current.handle(message);
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        closing = true;
        SocketProcess current = process;
        if (current != null) {
            current.closed("shutdown:closed");
        }
        queue.clear();
    }

    @Override
    public void onError(Session session, Throwable error) {
        LOG.debug("WebSocket error: {}", error.toString());
    }

    // ================================================================ writing

    @Override
    public void write(Frame frame) {
        if (closing) {
            return;
        }
        long queued = queuedBytes.addAndGet(frame.size());
        if (queued > maxQueuedBytes) {
            onSlowClient.accept(queued);
            LOG.warn(
                    "disconnecting a WebSocket client that let {} bytes queue up (over {}); it cannot keep up",
                    queued,
                    maxQueuedBytes);
            close(1013, "slow client");
            return;
        }
        queue.add(frame);
        pump();
    }

    private void pump() {
        Thread self = Thread.currentThread();
        if (pumping.get() == self) {
            return;
        }
        boolean owner = pumping.compareAndSet(null, self);
        try {
            while (session != null && sending.compareAndSet(false, true)) {
                Frame frame = queue.poll();
                if (frame == null) {
                    sending.set(false);
                    if (queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                queuedBytes.addAndGet(-frame.size());
                sendAsync(frame);
            }
        } finally {
            if (owner) {
                pumping.set(null);
            }
        }
    }

    private void sendAsync(Frame frame) {
        Session current = session;
        if (current == null || !current.isOpen()) {
            sending.set(false);
            return;
        }
        try {
            if (frame.isBinary()) {
                current.getAsyncRemote().sendBinary(ByteBuffer.wrap(frame.binary()), onSent);
            } else {
                current.getAsyncRemote().sendText(String.valueOf(frame.text()), onSent);
            }
        } catch (RuntimeException e) {
            sending.set(false);
            LOG.debug("writing to a WebSocket failed: {}", e.toString());
        }
    }

    private void onSent(SendResult result) {
        sending.set(false);
        if (!result.isOK()) {
            LOG.debug("writing to a WebSocket failed: {}", String.valueOf(result.getException()));
            close(CloseReason.CloseCodes.GOING_AWAY.getCode(), "write failed");
            return;
        }
        pump();
    }

    @Override
    public void close(int code, String reason) {
        Session current = session;
        closing = true;
        if (current == null || !current.isOpen()) {
            return;
        }
        try {
            current.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a WebSocket failed: {}", e.toString());
        }
    }
}
