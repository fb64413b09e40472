package io.phoenixspring.test;

import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.socket.ChannelRoutes;
import io.phoenixspring.socket.ConnectInfo;
import io.phoenixspring.socket.ConnectResult;
import io.phoenixspring.socket.PhoenixSocket;
import io.phoenixspring.socket.SocketConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Phoenix's {@code ChannelTest} in Java: join channels in-process, on the real channel servers and socket rules, with
 * the test playing the client. What the channels push and reply, and the broadcasts of the topics the test subscribed
 * to, arrive in a mailbox of the test's own thread, which the {@code assert} and {@code refute} helpers read.
 *
 * <pre>{@code
 * import static io.phoenixspring.test.ChannelTest.*;
 *
 * @PhoenixWebTest
 * class RoomChannelTests {
 *     @Test
 *     void pingRepliesWithStatusOk() {
 *         JoinedChannel room = subscribeAndJoin(socket(UserSocket.class, "user_id", Map.of()), "room:lobby");
 *         Ref ref = push(room, "ping", Map.of("hello", "there"));
 *         assertReply(ref, "ok", Map.of("hello", "there"));
 *     }
 *
 *     @Test
 *     void shoutBroadcastsToTheRoom() {
 *         JoinedChannel room = subscribeAndJoin(socket(UserSocket.class), "room:lobby");
 *         push(room, "shout", Map.of("hello", "all"));
 *         assertBroadcast("shout", Map.of("hello", "all"));
 *     }
 * }
 * }</pre>
 *
 * <p>PubSub, the channel executor and the beans {@code socket(UserSocket.class)} and
 * {@code join(socket, RoomChannel.class, ...)} look up come from the test's application context, set for each test
 * by {@link PhoenixWebTest} or {@link AutoConfigureChannelTest} (or {@link #useChannels} by hand). Channels joined in
 * a test are closed after it, as Phoenix's linked channel processes exit with the test process.
 *
 * <p>Payloads are passed as they are, both ways: no JSON round trip, so a channel sees the map the test pushed and
 * the test sees the map the channel pushed. Assertions wait up to {@code phoenix.test.assert-timeout} (1 second, more
 * forgiving on a busy CI machine than ExUnit's 100 ms); refutations always wait the whole
 * {@code phoenix.test.refute-timeout} (100 ms). Every assertion has an overload taking its own timeout.
 *
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.ChannelTest.html">Phoenix.ChannelTest</a>
 */
public final class ChannelTest {

    /** The default time an assertion waits for its message. */
    public static final Duration ASSERT_TIMEOUT = Duration.ofSeconds(1);

    /** The default time a refutation waits for a message that must not come. */
    public static final Duration REFUTE_TIMEOUT = Duration.ofMillis(100);

    /** The default time {@link #close(JoinedChannel)} waits for the channel to stop. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private static final ThreadLocal<Context> CONTEXT = new ThreadLocal<>();
    private static final AtomicLong REFS = new AtomicLong();
    private static final ConnectInfo CONNECT_INFO = new ConnectInfo(
            "127.0.0.1", 111317, URI.create("ws://www.example.com/socket/websocket"), Map.of(), null, Map.of());

    /**
     * A reference to one push, as the {@code make_ref()} {@code ChannelTest.push} returns, to assert its reply.
     *
     * @param value the message ref the channel replies to
     */
    public record Ref(String value) {}

    private record Context(
            PubSub pubSub,
            Executor executor,
            Function<Class<?>, Object> beans,
            Duration assertTimeout,
            Duration refuteTimeout,
            ChannelTestMailbox mailbox,
            List<SocketConnection> connections,
            List<String> subscriptions) {}

    private ChannelTest() {}

    // ================================================================ setup

    /**
     * Runs channels on {@code pubSub} and {@code executor} on this thread until {@link #clearChannels()}, with a fresh
     * mailbox and the default timeouts; socket and channel classes cannot be looked up (pass beans).
     */
    public static void useChannels(PubSub pubSub, Executor executor) {
        useChannels(pubSub, executor, ChannelTest::noBeans, ASSERT_TIMEOUT, REFUTE_TIMEOUT);
    }

    static void useChannels(
            PubSub pubSub,
            Executor executor,
            Function<Class<?>, Object> beans,
            Duration assertTimeout,
            Duration refuteTimeout) {
        clearChannels();
        CONTEXT.set(new Context(
                pubSub,
                executor,
                beans,
                assertTimeout,
                refuteTimeout,
                new ChannelTestMailbox(),
                new ArrayList<>(),
                new ArrayList<>()));
    }

    /** Closes the channels this thread joined, unsubscribes its mailbox and forgets it. */
    public static void clearChannels() {
        Context context = CONTEXT.get();
        if (context == null) {
            return;
        }
        CONTEXT.remove();
        for (SocketConnection connection : context.connections()) {
            await(connection.close("shutdown:closed"), CLOSE_TIMEOUT);
        }
        for (String topic : context.subscriptions()) {
            context.pubSub().unsubscribe(topic, context.mailbox());
        }
    }

    private static Context context() {
        Context context = CONTEXT.get();
        if (context == null) {
            throw new IllegalStateException("no channels to test; annotate the test class with @PhoenixWebTest, or"
                    + " with @SpringBootTest and @AutoConfigureChannelTest, or call ChannelTest.useChannels(pubSub,"
                    + " executor) first");
        }
        return context;
    }

    private static Object noBeans(Class<?> type) {
        throw new IllegalStateException("cannot look up " + type.getName() + " without an application context; pass"
                + " the bean itself, or use @PhoenixWebTest or @AutoConfigureChannelTest");
    }

    private static <T> T bean(Class<T> type) {
        return type.cast(context().beans().apply(type));
    }

    // ================================================================ sockets

    /** A socket of {@code handler} with no id and no assigns, as {@code socket(UserSocket)}. */
    public static TestSocket socket(PhoenixSocket handler) {
        return socket(handler, null, Map.of());
    }

    /** A socket of the {@code type} bean with no id and no assigns. */
    public static TestSocket socket(Class<? extends PhoenixSocket> type) {
        return socket(bean(type), null, Map.of());
    }

    /** A socket of {@code handler} with {@code id} and {@code assigns}, as {@code socket(UserSocket, id, assigns)}. */
    public static TestSocket socket(PhoenixSocket handler, @Nullable String id, Map<String, ?> assigns) {
        return new TestSocket(
                handler,
                Socket.create(ChannelTestTransport.NAME).assign(assigns).withId(id));
    }

    /** A socket of the {@code type} bean with {@code id} and {@code assigns}. */
    public static TestSocket socket(Class<? extends PhoenixSocket> type, @Nullable String id, Map<String, ?> assigns) {
        return socket(bean(type), id, assigns);
    }

    /**
     * Connects to {@code handler} as a client would, with {@code params}, to test socket authentication: runs its
     * {@code connect} and {@code id}, as Phoenix's {@code connect/3}. When the socket has an id, the test is subscribed
     * to it, so a {@code disconnect} broadcast can be asserted.
     *
     * @return the connected socket, or empty when {@code connect} refused
     */
    public static Optional<TestSocket> connect(PhoenixSocket handler, Map<String, ?> params) {
        return connect(handler, params, CONNECT_INFO);
    }

    /** Connects to the {@code type} bean with {@code params}. */
    public static Optional<TestSocket> connect(Class<? extends PhoenixSocket> type, Map<String, ?> params) {
        return connect(bean(type), params, CONNECT_INFO);
    }

    /** Connects to {@code handler} with {@code params} and {@code connectInfo}. */
    public static Optional<TestSocket> connect(PhoenixSocket handler, Map<String, ?> params, ConnectInfo connectInfo) {
        Context context = context();
        ConnectResult result =
                handler.connect(new LinkedHashMap<>(params), Socket.create(ChannelTestTransport.NAME), connectInfo);
        if (result == null) {
            throw new IllegalStateException(name(handler) + ".connect returned null; return ConnectResult.ok(socket)"
                    + " or ConnectResult.error()");
        }
        if (!(result instanceof ConnectResult.Ok ok)) {
            return Optional.empty();
        }
        Socket socket = ok.socket().withId(handler.id(ok.socket()));
        String id = socket.id();
        if (id != null) {
            subscribe(context, id);
        }
        return Optional.of(new TestSocket(handler, socket));
    }

    /** Subscribes the test to {@code topic}, so its broadcasts can be asserted, as {@code @endpoint.subscribe}. */
    public static void subscribe(String topic) {
        subscribe(context(), topic);
    }

    private static void subscribe(Context context, String topic) {
        if (!context.subscriptions().contains(topic)) {
            context.subscriptions().add(topic);
            context.pubSub().subscribe(topic, context.mailbox());
        }
    }

    // ================================================================ joining

    /**
     * Subscribes the test to {@code topic}, then joins the channel the socket routes it to with no payload, as
     * {@code subscribe_and_join!(socket, topic)}.
     *
     * @throws AssertionError when the channel refuses the join
     */
    public static JoinedChannel subscribeAndJoin(TestSocket socket, String topic) {
        return subscribeAndJoin(socket, topic, Map.of());
    }

    /** Subscribes the test to {@code topic}, then joins the channel the socket routes it to with {@code payload}. */
    public static JoinedChannel subscribeAndJoin(TestSocket socket, String topic, Map<String, ?> payload) {
        return join(socket, routed(socket, topic), topic, payload, true);
    }

    /** Subscribes the test to {@code topic}, then joins {@code channel} with {@code payload}. */
    public static JoinedChannel subscribeAndJoin(
            TestSocket socket, Channel channel, String topic, Map<String, ?> payload) {
        return join(socket, channel, topic, payload, true);
    }

    /** Subscribes the test to {@code topic}, then joins the {@code type} bean with {@code payload}. */
    public static JoinedChannel subscribeAndJoin(
            TestSocket socket, Class<? extends Channel> type, String topic, Map<String, ?> payload) {
        return join(socket, bean(type), topic, payload, true);
    }

    /**
     * Joins the channel the socket routes {@code topic} to with no payload, without subscribing the test, as
     * {@code join(socket, topic)}.
     *
     * @throws AssertionError when the channel refuses the join
     */
    public static JoinedChannel join(TestSocket socket, String topic) {
        return join(socket, topic, Map.of());
    }

    /** Joins the channel the socket routes {@code topic} to with {@code payload}, without subscribing the test. */
    public static JoinedChannel join(TestSocket socket, String topic, Map<String, ?> payload) {
        return join(socket, routed(socket, topic), topic, payload, false);
    }

    /** Joins {@code channel} with {@code payload}, without subscribing the test. */
    public static JoinedChannel join(TestSocket socket, Channel channel, String topic, Map<String, ?> payload) {
        return join(socket, channel, topic, payload, false);
    }

    /** Joins the {@code type} bean with {@code payload}, without subscribing the test. */
    public static JoinedChannel join(
            TestSocket socket, Class<? extends Channel> type, String topic, Map<String, ?> payload) {
        return join(socket, bean(type), topic, payload, false);
    }

    /**
     * Joins the channel the socket routes {@code topic} to, expecting it to refuse, as
     * {@code {:error, reply} = join(socket, topic, payload)}.
     *
     * @return the error reply's response, e.g. {@code {"reason": "unauthorized"}}
     * @throws AssertionError when the channel accepts the join (the channel is closed again)
     */
    public static Object assertJoinError(TestSocket socket, String topic, Map<String, ?> payload) {
        return assertJoinError(socket, routed(socket, topic), topic, payload);
    }

    /** Joins {@code channel}, expecting it to refuse; returns the error reply's response. */
    public static Object assertJoinError(TestSocket socket, Channel channel, String topic, Map<String, ?> payload) {
        Attempt attempt = attempt(socket, channel, topic, payload, false);
        if (attempt.reply().status().equals("ok")) {
            await(attempt.connection().close("shutdown:closed"), CLOSE_TIMEOUT);
            throw new AssertionError("expected the join of \"" + topic + "\" to be refused, but it joined with reply "
                    + attempt.reply().response());
        }
        return attempt.reply().response();
    }

    private static Channel routed(TestSocket socket, String topic) {
        ChannelRoutes routes = new ChannelRoutes();
        socket.handler().channels(routes);
        return routes.match(topic)
                .orElseThrow(() -> new IllegalArgumentException("no channel found for topic \"" + topic + "\" in "
                        + name(socket.handler()) + "; route it in channels(routes), e.g."
                        + " routes.channel(\"" + topic + "\", channel), or pass the channel to join"));
    }

    private record Attempt(Message.Reply reply, String ref, SocketConnection connection) {}

    private static JoinedChannel join(
            TestSocket socket, Channel channel, String topic, Map<String, ?> payload, boolean subscribe) {
        Attempt attempt = attempt(socket, channel, topic, payload, subscribe);
        if (!attempt.reply().status().equals("ok")) {
            throw new AssertionError(
                    "could not join channel, got error: " + attempt.reply().response());
        }
        Socket joined = attempt.connection()
                .channelSocket(topic)
                .orElseGet(() -> socket.socket().withRef(null));
        return new JoinedChannel(attempt.reply().response(), joined, topic, attempt.ref(), attempt.connection());
    }

    private static Attempt attempt(
            TestSocket socket, Channel channel, String topic, Map<String, ?> payload, boolean subscribe) {
        Context context = context();
        if (subscribe) {
            subscribe(context, topic);
        }
        String ref = nextRef();
        ChannelTestTransport transport = new ChannelTestTransport(context.mailbox(), ref);
        SocketConnection connection = SocketConnection.open(
                new ChannelRoutes().channel(topic, channel),
                name(socket.handler()),
                socket.socket(),
                context.pubSub(),
                context.executor(),
                transport);
        context.connections().add(connection);
        connection.handle(new Message(ref, ref, topic, "phx_join", new LinkedHashMap<String, Object>(payload)));
        Message.Reply reply = transport.joinReply();
        if (reply == null) {
            throw new IllegalStateException("the join of \"" + topic + "\" got no reply");
        }
        return new Attempt(reply, ref, connection);
    }

    // ================================================================ client messages

    /** Pushes {@code event} with an empty payload to the channel, which runs {@code handleIn}. */
    public static Ref push(JoinedChannel channel, String event) {
        return push(channel, event, Map.of());
    }

    /**
     * Pushes {@code event} with {@code payload} (a map or a {@code BinaryPayload}) to the channel, which runs
     * {@code handleIn}, as {@code push(socket, event, payload)}.
     *
     * @return the push's ref, to assert its reply with {@link #assertReply}
     */
    public static Ref push(JoinedChannel channel, String event, Object payload) {
        String ref = nextRef();
        channel.connection().handle(new Message(channel.joinRef(), ref, channel.topic(), event, payload));
        return new Ref(ref);
    }

    /**
     * Leaves the channel as a client does, as {@code leave(socket)}: it replies {@code ok} to the returned ref, sends
     * {@code phx_close} and stops with {@code shutdown:left}. Leaving twice is harmless.
     */
    public static Ref leave(JoinedChannel channel) {
        return push(channel, "phx_leave", Map.of());
    }

    /**
     * Closes the connection as a client does, as {@code close(socket)}: the channel stops with
     * {@code shutdown:closed}, sending nothing; returns once its {@code terminate} ran (or after 5 seconds).
     */
    public static void close(JoinedChannel channel) {
        close(channel, CLOSE_TIMEOUT);
    }

    /** Closes the connection, waiting up to {@code timeout} for the channel to stop. */
    public static void close(JoinedChannel channel, Duration timeout) {
        await(channel.connection().close("shutdown:closed"), timeout);
    }

    /**
     * Broadcasts {@code event} to the channel's topic from the test, as {@code broadcast_from!(socket, event,
     * payload)}: every subscriber but the test gets it, so channels of the topic run {@code handleOut} for intercepted
     * events and push the others straight to their client; {@link #assertBroadcast} does not see it.
     *
     * @throws RuntimeException when the broadcast fails
     */
    public static void broadcastFrom(JoinedChannel channel, String event, Object payload) {
        Context context = context();
        context.pubSub()
                .broadcastFrom(
                        context.mailbox(),
                        channel.topic(),
                        new Broadcast(channel.topic(), event, payload),
                        Broadcast.DISPATCHER);
    }

    // ================================================================ assertions

    /**
     * Asserts that the channel pushed {@code event} with exactly {@code payload} (on any topic), as
     * {@code assert_push}; takes that push from the mailbox.
     *
     * @return the pushed payload
     */
    public static Object assertPush(String event, Object payload) {
        return assertPush(event, payload, context().assertTimeout());
    }

    /** Asserts a push of {@code event} with {@code payload} within {@code timeout}. */
    public static Object assertPush(String event, Object payload, Duration timeout) {
        Message push = (Message)
                assertReceive(isPush(event, payload), timeout, "assertPush(" + quote(event) + ", " + payload + ")");
        return push.payload();
    }

    /** Asserts that no push of {@code event} with {@code payload} comes within the refute timeout. */
    public static void refutePush(String event, Object payload) {
        refutePush(event, payload, context().refuteTimeout());
    }

    /** Asserts that no push of {@code event} with {@code payload} comes within {@code timeout}. */
    public static void refutePush(String event, Object payload, Duration timeout) {
        refuteReceive(isPush(event, payload), timeout, "refutePush(" + quote(event) + ", " + payload + ")");
    }

    /**
     * Asserts that the channel replied to the push {@code ref} with {@code status} and any payload, as
     * {@code assert_reply ref, :ok}.
     *
     * @return the reply's response
     */
    public static Object assertReply(Ref ref, String status) {
        return assertReply(ref, status, null, context().assertTimeout());
    }

    /**
     * Asserts that the channel replied to {@code ref} with {@code status} and a response {@code payload} matches: a
     * map matches a response holding its entries (extra entries allowed, nested maps alike), as an Elixir map
     * pattern does; anything else must be equal.
     *
     * @return the reply's response
     */
    public static Object assertReply(Ref ref, String status, Object payload) {
        return assertReply(ref, status, payload, context().assertTimeout());
    }

    /** Asserts a reply to {@code ref} with {@code status} and any payload within {@code timeout}. */
    public static Object assertReply(Ref ref, String status, Duration timeout) {
        return assertReply(ref, status, null, timeout);
    }

    /** Asserts a reply to {@code ref} with {@code status} and {@code payload} (or any, when null) within timeout. */
    public static Object assertReply(Ref ref, String status, @Nullable Object payload, Duration timeout) {
        Message reply = (Message) assertReceive(
                isReply(ref, status, payload),
                timeout,
                "assertReply(" + ref.value() + ", " + quote(status) + (payload == null ? "" : ", " + payload) + ")");
        return ((Message.Reply) reply.payload()).response();
    }

    /** Asserts that no reply to {@code ref} with {@code status} comes within the refute timeout. */
    public static void refuteReply(Ref ref, String status) {
        refuteReply(ref, status, context().refuteTimeout());
    }

    /** Asserts that no reply to {@code ref} with {@code status} comes within {@code timeout}. */
    public static void refuteReply(Ref ref, String status, Duration timeout) {
        refuteReceive(isReply(ref, status, null), timeout, "refuteReply(" + ref.value() + ", " + quote(status) + ")");
    }

    /**
     * Asserts that {@code event} with exactly {@code payload} was broadcast on a topic the test subscribed to, as
     * {@code assert_broadcast}: it went through PubSub (to check a client got it, use {@link #assertPush}).
     *
     * @return the broadcast payload
     */
    public static Object assertBroadcast(String event, Object payload) {
        return assertBroadcast(event, payload, context().assertTimeout());
    }

    /** Asserts a broadcast of {@code event} with {@code payload} within {@code timeout}. */
    public static Object assertBroadcast(String event, Object payload, Duration timeout) {
        Broadcast broadcast = (Broadcast) assertReceive(
                isBroadcast(event, payload), timeout, "assertBroadcast(" + quote(event) + ", " + payload + ")");
        return broadcast.payload();
    }

    /** Asserts that no broadcast of {@code event} with {@code payload} comes within the refute timeout. */
    public static void refuteBroadcast(String event, Object payload) {
        refuteBroadcast(event, payload, context().refuteTimeout());
    }

    /** Asserts that no broadcast of {@code event} with {@code payload} comes within {@code timeout}. */
    public static void refuteBroadcast(String event, Object payload, Duration timeout) {
        refuteReceive(isBroadcast(event, payload), timeout, "refuteBroadcast(" + quote(event) + ", " + payload + ")");
    }

    /** The messages in the test's mailbox not received by an assertion yet: pushes, replies and broadcasts. */
    public static List<Object> mailbox() {
        return context().mailbox().messages();
    }

    // ================================================================ matching

    private static Predicate<Object> isPush(String event, Object payload) {
        return message -> message instanceof Message push
                && !push.event().equals("phx_reply")
                && push.event().equals(event)
                && Objects.equals(push.payload(), payload);
    }

    private static Predicate<Object> isReply(Ref ref, String status, @Nullable Object payload) {
        return message -> message instanceof Message reply
                && reply.event().equals("phx_reply")
                && ref.value().equals(reply.ref())
                && reply.payload() instanceof Message.Reply body
                && body.status().equals(status)
                && (payload == null || matches(payload, body.response()));
    }

    private static Predicate<Object> isBroadcast(String event, Object payload) {
        return message -> message instanceof Broadcast broadcast
                && broadcast.event().equals(event)
                && Objects.equals(broadcast.payload(), payload);
    }

    /** Whether {@code actual} matches {@code pattern}: maps partially (every entry of the pattern), the rest equal. */
    private static boolean matches(@Nullable Object pattern, @Nullable Object actual) {
        if (pattern instanceof Map<?, ?> expected && actual instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : expected.entrySet()) {
                if (!map.containsKey(entry.getKey()) || !matches(entry.getValue(), map.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(pattern, actual);
    }

    private static Object assertReceive(Predicate<Object> pattern, Duration timeout, String code) {
        ChannelTestMailbox mailbox = context().mailbox();
        Object message = mailbox.receive(pattern, timeout);
        if (message == null) {
            throw new AssertionError("Assertion failed, no matching message after " + timeout.toMillis() + "ms\n"
                    + "code: " + code + "\n" + describe(mailbox.messages()));
        }
        return message;
    }

    private static void refuteReceive(Predicate<Object> pattern, Duration timeout, String code) {
        Object message = context().mailbox().receive(pattern, timeout);
        if (message != null) {
            throw new AssertionError(
                    "Unexpectedly received message " + describe(message) + " (which matched " + code + ")");
        }
    }

    private static String describe(List<Object> messages) {
        if (messages.isEmpty()) {
            return "The process mailbox is empty.";
        }
        StringBuilder text = new StringBuilder("Showing " + messages.size() + " of " + messages.size()
                + (messages.size() == 1 ? " message" : " messages") + " in the mailbox:");
        for (Object message : messages) {
            text.append("\n  ").append(describe(message));
        }
        return text.toString();
    }

    private static String describe(Object message) {
        if (message instanceof Message m && m.payload() instanceof Message.Reply reply) {
            return "reply to " + m.ref() + " on " + m.topic() + ": " + quote(reply.status()) + " " + reply.response();
        }
        if (message instanceof Message m) {
            return "push " + quote(m.event()) + " on " + m.topic() + ": " + m.payload();
        }
        if (message instanceof Broadcast b) {
            return "broadcast " + quote(b.event()) + " on " + b.topic() + ": " + b.payload();
        }
        return String.valueOf(message);
    }

    // ================================================================ helpers

    private static String nextRef() {
        return Long.toString(REFS.incrementAndGet());
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static String name(PhoenixSocket handler) {
        Class<?> type = handler.getClass();
        return (type.getName().contains("$$") && type.getSuperclass() != Object.class ? type.getSuperclass() : type)
                .getSimpleName();
    }

    private static void await(CompletableFuture<Void> done, Duration timeout) {
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // as Phoenix's close/2: a channel that does not stop in time is given up on
        }
    }
}
