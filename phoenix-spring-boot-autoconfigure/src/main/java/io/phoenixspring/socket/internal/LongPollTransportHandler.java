package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Query;
import io.phoenixspring.endpoint.TransportHandler;
import io.phoenixspring.socket.ConnectResult;
import io.phoenixspring.socket.LongPollOptions;
import io.phoenixspring.token.KeyGenerator;
import io.phoenixspring.token.MessageVerifier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves {@code PATH/longpoll} as Phoenix's long-poll transport. Every answer but {@code OPTIONS} and unknown methods
 * is HTTP 200 with the logical status in a JSON body, and every answer allows any origin (the origin is checked
 * instead, as Phoenix does):
 *
 * <ul>
 *   <li>{@code GET} without a valid token: connect (the {@code vsn}, origin and {@code connect} checks of the
 *       WebSocket transport, with this request's params), then {@code {"status":410,"token":...,"messages":[]}}, or
 *       {@code {"status":403}} when refused;
 *   <li>{@code GET} with a token: the buffered frames at once, or those arriving within the window
 *       ({@code {"status":200,...}}), or {@code {"status":204,...}} when the window ends;
 *   <li>{@code POST} with a token: one frame, or an {@code application/x-ndjson} batch of lines (a line not starting
 *       with {@code [} or <code>{</code> is a base64 binary frame), handed to the socket process in order, then
 *       {@code {"status":200}}; {@code {"status":410}} when the token is not a live session's;
 *   <li>{@code OPTIONS}: the CORS preflight answer; other methods: HTTP 400.
 * </ul>
 *
 * <p>Sessions live in this process, keyed by the random id inside their signed token. The token is signed with a key
 * derived from {@code phoenix.endpoint.secret-key-base}, or without one configured, with a random key made at startup:
 * either way a token only ever finds a session in the process that issued it; behind a load balancer, long-poll clients
 * need sticky sessions.
 */
public final class LongPollTransportHandler implements TransportHandler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LongPollTransportHandler.class);

    /** The largest POST body read, as Plug's {@code read_body} default. */
    static final int MAX_BODY_BYTES = 8_000_000;

    private static final String TOKEN_PREFIX = "lp1:";

    private final SocketMount mount;
    private final String path;
    private final JsonMapper json;
    private final LongPollOptions options;
    private final byte[] key;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, LongPollSession> sessions = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timers;

    /**
     * A long-poll transport for {@code mount}.
     *
     * @param secretKeyBase the endpoint's secret to derive the token key from, or null for a random per-process key
     */
    public LongPollTransportHandler(SocketMount mount, JsonMapper json, @Nullable String secretKeyBase) {
        this.mount = mount;
        this.path = mount.path() + "/longpoll";
        this.json = json;
        this.options = mount.options().longpollOptions();
        this.key = secretKeyBase == null || secretKeyBase.isBlank()
                ? randomBytes(32)
                : KeyGenerator.generate(secretKeyBase, "phoenix long poll " + mount.path());
        this.timers = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "phoenix-longpoll-" + mount.path());
            thread.setDaemon(true);
            return thread;
        });
        this.timers.setRemoveOnCancelPolicy(true);
    }

    @Override
    public boolean handles(String requestPath) {
        return requestPath.equals(path) || requestPath.equals(path + "/");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TransportLog.around(mount.options().transportLog(), request, response, () -> serve(request, response));
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("access-control-allow-origin", "*");
        Map<String, Object> params;
        try {
            params = Query.decode(request.getQueryString());
        } catch (BadRequestException e) {
            plain(response, 400, e.getMessage());
            return;
        }
        if (!SocketConnect.checkOrigin(mount, request)) {
            LongPollRequest.status(response, 403);
            return;
        }
        switch (request.getMethod()) {
            case "OPTIONS" -> preflight(request, response);
            case "GET" -> poll(request, response, params);
            case "POST" -> publish(request, response, params);
            default -> plain(response, 400, "");
        }
    }

    private static void preflight(HttpServletRequest request, HttpServletResponse response) {
        List<String> headers = Collections.list(request.getHeaders("access-control-request-headers"));
        response.setHeader("access-control-allow-headers", String.join(", ", headers));
        response.setHeader("access-control-allow-methods", "get, post, options");
        response.setHeader("access-control-max-age", "3600");
        response.setStatus(200);
        response.setContentLength(0);
    }

    // ================================================================ GET: connect or poll

    private void poll(HttpServletRequest request, HttpServletResponse response, Map<String, Object> params) {
        LongPollRequest poll = new LongPollRequest(request, response, json);
        LongPollSession session = resume(params.get("token"));
        if (session != null) {
            session.poll(poll);
            return;
        }
        Serializer serializer = SocketConnect.serializer(mount, params);
        if (serializer == null) {
            LongPollRequest.status(response, 403);
            return;
        }
        ConnectResult result = SocketConnect.connect(mount, params, serializer, "longpoll", request);
        if (result instanceof ConnectResult.Refused refused) {
            LOG.debug("{} refused a long-poll connection with {}", mount.name(), refused.status());
            LongPollRequest.status(response, 403);
            return;
        }
        LongPollSession created = open(((ConnectResult.Ok) result).socket(), serializer);
        poll.answer(410, created.token(), List.of());
    }

    private LongPollSession open(io.phoenixspring.channel.Socket socket, Serializer serializer) {
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(16));
        LongPollSession session = new LongPollSession(
                id,
                sign(id),
                serializer,
                options.window(),
                mount.options().maxQueuedBytes(),
                timers,
                closed -> sessions.remove(closed.id(), closed),
                queued -> mount.slowClientDisconnected("longpoll", queued));
        sessions.put(id, session);
        session.start(new SocketProcess(
                        mount.routes(),
                        mount.name(),
                        socket,
                        serializer,
                        mount.pubSub(),
                        mount.executor(),
                        session,
                        "longpoll")
                .mountedOn(mount));
        return session;
    }

    // ================================================================ POST: frames from the client

    private void publish(HttpServletRequest request, HttpServletResponse response, Map<String, Object> params)
            throws IOException {
        LongPollSession session = resume(params.get("token"));
        if (session == null) {
            LongPollRequest.status(response, 410);
            return;
        }
        byte[] body = readBody(request);
        if (body == null) {
            plain(response, 400, "long-poll POST body over " + MAX_BODY_BYTES + " bytes; send smaller batches");
            return;
        }
        List<Message> messages;
        try {
            messages = decode(session.serializer(), request.getContentType(), body);
        } catch (RuntimeException e) {
            LOG.warn("closing a long-poll session whose client sent an undecodable frame: {}", e.getMessage());
            session.close("shutdown:closed");
            LongPollRequest.status(response, 400);
            return;
        }
        boolean dispatched;
        try {
            dispatched = session.tryDispatch(options.pubsubTimeout(), messages);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dispatched = false;
        }
        LongPollRequest.status(response, dispatched ? 200 : 410);
    }

    private List<Message> decode(Serializer serializer, @Nullable String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType == null || !contentType.startsWith("application/x-ndjson")) {
            return List.of(decodeFrame(serializer, Frame.text(text)));
        }
        List<Message> messages = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Frame frame = line.startsWith("[") || line.startsWith("{")
                    ? Frame.text(line)
                    : Frame.binary(Base64.getDecoder().decode(line));
            messages.add(decodeFrame(serializer, frame));
        }
        return messages;
    }

    private Message decodeFrame(Serializer serializer, Frame frame) {
        if (frame.size() > mount.options().maxFrameSize()) {
            throw new IllegalArgumentException("a frame of " + frame.size() + " bytes is over the socket's max frame"
                    + " size of " + mount.options().maxFrameSize() + "; raise SocketOptions.withMaxFrameSize");
        }
        return serializer.decode(frame);
    }

    private static byte @Nullable [] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    // ================================================================ tokens

    private String sign(String id) {
        String payload = TOKEN_PREFIX + id + ":" + System.currentTimeMillis() + ":"
                + options.maxAge().toSeconds();
        return MessageVerifier.sign(payload.getBytes(StandardCharsets.US_ASCII), key);
    }

    /** The live session {@code token} names, or null for no token, a forged, expired or unknown one. */
    private @Nullable LongPollSession resume(@Nullable Object token) {
        if (!(token instanceof String signed) || signed.isEmpty()) {
            return null;
        }
        String payload = MessageVerifier.verify(signed, key)
                .map(bytes -> new String(bytes, StandardCharsets.US_ASCII))
                .orElse("");
        String[] parts = payload.split(":");
        if (parts.length != 4 || !payload.startsWith(TOKEN_PREFIX)) {
            return null;
        }
        try {
            long expiresAt = Long.parseLong(parts[2]) + TimeUnit.SECONDS.toMillis(Long.parseLong(parts[3]));
            if (expiresAt < System.currentTimeMillis()) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        LongPollSession session = sessions.get(parts[1]);
        return session == null || session.closed() ? null : session;
    }

    // ================================================================ lifecycle and helpers

    /** The open sessions, for tests and metrics. */
    public int sessionCount() {
        return sessions.size();
    }

    /** Closes every session (channels stop with {@code shutdown:closed}) and answers every waiting poll. */
    @Override
    public void close() {
        for (LongPollSession session : List.copyOf(sessions.values())) {
            session.close("shutdown:closed");
        }
        timers.shutdownNow();
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void plain(HttpServletResponse response, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
