package io.phoenixspring.test;

import static io.phoenixspring.test.ChannelTest.assertBroadcast;
import static io.phoenixspring.test.ChannelTest.assertJoinError;
import static io.phoenixspring.test.ChannelTest.assertPush;
import static io.phoenixspring.test.ChannelTest.assertReply;
import static io.phoenixspring.test.ChannelTest.broadcastFrom;
import static io.phoenixspring.test.ChannelTest.close;
import static io.phoenixspring.test.ChannelTest.connect;
import static io.phoenixspring.test.ChannelTest.join;
import static io.phoenixspring.test.ChannelTest.leave;
import static io.phoenixspring.test.ChannelTest.mailbox;
import static io.phoenixspring.test.ChannelTest.push;
import static io.phoenixspring.test.ChannelTest.refuteBroadcast;
import static io.phoenixspring.test.ChannelTest.refutePush;
import static io.phoenixspring.test.ChannelTest.refuteReply;
import static io.phoenixspring.test.ChannelTest.socket;
import static io.phoenixspring.test.ChannelTest.subscribeAndJoin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.test.ChannelTest.Ref;
import io.phoenixspring.test.channels.RoomChannel;
import io.phoenixspring.test.channels.UserSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PhoenixWebTest
class ChannelTestTests {

    @Autowired
    RoomChannel rooms;

    @Autowired
    Endpoint endpoint;

    JoinedChannel lobby;

    @BeforeEach
    void joinTheLobby() {
        rooms.terminations.clear();
        lobby = subscribeAndJoin(socket(UserSocket.class, "user_id", Map.of("some", "assign")), "room:lobby");
    }

    private static JoinedChannel privateRoom(String topic) {
        return subscribeAndJoin(socket(UserSocket.class), topic, Map.of("token", "secret"));
    }

    // ================================================================ sockets and joins

    @Test
    void socketHasTheIdAndAssignsOnTheTestTransport() {
        TestSocket socket = socket(UserSocket.class, "user:1", Map.of("some", "assign"));
        assertThat(socket.id()).isEqualTo("user:1");
        assertThat(socket.assigns()).containsEntry("some", "assign");
        assertThat(socket(UserSocket.class).id()).isNull();
        assertThat(socket(UserSocket.class).socket().transport()).isEqualTo("test");
    }

    @Test
    void subscribeAndJoinGivesTheJoinReplyAndTheChannelsSocket() {
        assertThat(lobby.reply()).isEqualTo(Map.of("welcome", "lobby"));
        assertThat(lobby.topic()).isEqualTo("room:lobby");
        assertThat(lobby.socket().topic()).isEqualTo("room:lobby");
        assertThat(lobby.socket().joined()).isTrue();
        assertThat(lobby.socket().assigns()).containsEntry("some", "assign").containsEntry("room", "lobby");
    }

    @Test
    void aPushFromHandleInfoAfterTheJoinReachesTheTest() {
        assertThat(assertPush("presence_state", Map.of("users", List.of("ann"))))
                .isEqualTo(Map.of("users", List.of("ann")));
    }

    @Test
    void aPrivateRoomRefusesTheJoin() {
        assertThat(assertJoinError(socket(UserSocket.class), "room:secret", Map.of()))
                .isEqualTo(Map.of("reason", "unauthorized"));
        assertThatThrownBy(() -> subscribeAndJoin(socket(UserSocket.class), "room:secret"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("could not join channel, got error: {reason=unauthorized}");
        assertThat(privateRoom("room:secret").socket().assigns()).containsEntry("room", "room:secret");
    }

    @Test
    void assertJoinErrorFailsWhenTheJoinSucceeds() {
        assertThatThrownBy(() -> assertJoinError(socket(UserSocket.class), "room:lobby", Map.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected the join of \"room:lobby\" to be refused, but it joined with reply"
                        + " {welcome=lobby}");
    }

    @Test
    void joinTakesAnExplicitChannelForAnyTopic() {
        JoinedChannel other = join(socket(UserSocket.class), RoomChannel.class, "other:1", Map.of("token", "secret"));
        Ref ref = push(other, "ping", Map.of("n", 1));
        assertReply(ref, "ok", Map.of("n", 1));
    }

    @Test
    void aTopicTheSocketDoesNotRouteIsAnError() {
        assertThatThrownBy(() -> join(socket(UserSocket.class), "nomatch:1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no channel found for topic \"nomatch:1\" in UserSocket");
    }

    @Test
    void joinDoesNotSubscribeTheTest() {
        JoinedChannel room = join(socket(UserSocket.class), "room:unsubscribed", Map.of("token", "secret"));
        push(room, "new_msg", Map.of("body", "hi"));
        assertPush("new_msg", Map.of("body", "hi"));
        refuteBroadcast("new_msg", Map.of("body", "hi"));
    }

    // ================================================================ connect

    @Test
    void connectRunsTheSocketsConnectAndId() {
        Optional<TestSocket> connected = connect(UserSocket.class, Map.of("token", "valid-token"));
        assertThat(connected).isPresent();
        assertThat(connected.get().id()).isEqualTo("users_socket:42");
        assertThat(connected.get().assigns()).containsEntry("user_id", 42);
        assertThat(connect(UserSocket.class, Map.of("token", "forged"))).isEmpty();
    }

    @Test
    void aDisconnectBroadcastToTheSocketIdStopsItsChannels() {
        TestSocket socket =
                connect(UserSocket.class, Map.of("token", "valid-token")).orElseThrow();
        JoinedChannel room = subscribeAndJoin(socket, "room:7", Map.of("token", "secret"));
        endpoint.broadcast("users_socket:42", "disconnect", Map.of());
        assertBroadcast("disconnect", Map.of());
        Ref ref = push(room, "ping", Map.of());
        assertReply(ref, "error", Map.of("reason", "unmatched topic"));
        eventually(() -> assertThat(rooms.terminations).contains("room:7 shutdown:disconnected"));
    }

    /** Retries {@code assertion} for up to a second: a disconnect stops channels asynchronously. */
    private static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    // ================================================================ replies

    @Test
    void pingRepliesWithStatusOk() {
        Ref ref = push(lobby, "ping", Map.of("hello", "there", "extra", 1));
        assertThat(assertReply(ref, "ok", Map.of("hello", "there")))
                .as("a map payload matches a reply holding its entries")
                .isEqualTo(Map.of("hello", "there", "extra", 1));
    }

    @Test
    void anErrorReplyHasItsStatus() {
        Ref bad = push(lobby, "bad", Map.of());
        assertThat(assertReply(bad, "error")).isEqualTo(Map.of("reason", "bad request"));
    }

    @Test
    void assertReplyChecksTheRefStatusAndPayload() {
        Ref ping = push(lobby, "ping", Map.of("hello", "there"));
        Ref other = push(lobby, "ping", Map.of("hello", "you"));
        assertThatThrownBy(() -> assertReply(ping, "error", Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Assertion failed, no matching message after 50ms")
                .hasMessageContaining("code: assertReply(" + ping.value() + ", \"error\")")
                .hasMessageContaining("reply to " + ping.value() + " on room:lobby: \"ok\" {hello=there}");
        assertThatThrownBy(() -> assertReply(ping, "ok", Map.of("hello", "you"), Duration.ofMillis(50)))
                .hasMessageContaining("code: assertReply(" + ping.value() + ", \"ok\", {hello=you})");
        assertReply(other, "ok", Map.of("hello", "you"));
        assertReply(ping, "ok");
    }

    @Test
    void refuteReplyPassesForNoReplyAndFailsForAReply() {
        Ref quiet = push(lobby, "quiet", Map.of());
        refuteReply(quiet, "ok");
        Ref ping = push(lobby, "ping", Map.of());
        assertThatThrownBy(() -> refuteReply(ping, "ok"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Unexpectedly received message reply to " + ping.value() + " on room:lobby: \"ok\" {}"
                        + " (which matched refuteReply(" + ping.value() + ", \"ok\"))");
    }

    // ================================================================ broadcasts and pushes

    @Test
    void newMsgIsBroadcastAndPushedToTheClient() {
        push(lobby, "new_msg", Map.of("body", "hi"));
        assertThat(assertBroadcast("new_msg", Map.of("body", "hi"))).isEqualTo(Map.of("body", "hi"));
        assertPush("new_msg", Map.of("body", "hi"));
    }

    @Test
    void broadcastFromRunsHandleOutForInterceptedEventsAndSkipsTheTest() {
        broadcastFrom(lobby, "user_joined", Map.of("user", "ann"));
        assertPush("user_joined", Map.of("user", "ann"));
        refuteBroadcast("user_joined", Map.of("user", "ann"));
    }

    @Test
    void handleOutMayFilterAnInterceptedBroadcast() {
        JoinedChannel room = subscribeAndJoin(
                socket(UserSocket.class, null, Map.of("ignoring", "bob")), "room:9", Map.of("token", "secret"));
        broadcastFrom(room, "user_joined", Map.of("user", "bob"));
        refutePush("user_joined", Map.of("user", "bob"));
        broadcastFrom(room, "user_joined", Map.of("user", "cid"));
        assertPush("user_joined", Map.of("user", "cid"));
    }

    @Test
    void broadcastsNotInterceptedArePushedStraightToTheClient() {
        broadcastFrom(lobby, "shout", Map.of("hello", "all"));
        assertPush("shout", Map.of("hello", "all"));
    }

    @Test
    void assertPushListsTheMailboxWhenNothingMatches() {
        assertThatThrownBy(() -> assertPush("presence_state", Map.of("users", List.of()), Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Assertion failed, no matching message after 50ms")
                .hasMessageContaining("code: assertPush(\"presence_state\", {users=[]})")
                .hasMessageContaining("Showing 1 of 1 message in the mailbox:")
                .hasMessageContaining("push \"presence_state\" on room:lobby: {users=[ann]}");
        assertPush("presence_state", Map.of("users", List.of("ann")));
        assertThat(mailbox()).isEmpty();
        assertThatThrownBy(() -> assertPush("nothing", Map.of(), Duration.ofMillis(10)))
                .hasMessageEndingWith("The process mailbox is empty.");
    }

    @Test
    void assertPushComparesThePayloadExactly() {
        push(lobby, "new_msg", Map.of("body", "hi"));
        assertBroadcast("new_msg", Map.of("body", "hi"));
        assertThatThrownBy(() -> assertPush("new_msg", Map.of(), Duration.ofMillis(100)))
                .hasMessageContaining("push \"new_msg\" on room:lobby: {body=hi}");
    }

    @Test
    void refutePushFailsOnAMatchingPush() {
        assertThatThrownBy(() -> refutePush("presence_state", Map.of("users", List.of("ann"))))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Unexpectedly received message push \"presence_state\" on room:lobby: {users=[ann]}"
                        + " (which matched refutePush(\"presence_state\", {users=[ann]}))");
    }

    @Test
    void refutationsWaitTheWholeWindow() {
        long start = System.nanoTime();
        refutePush("never", Map.of());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        start = System.nanoTime();
        refuteBroadcast("never", Map.of(), Duration.ofMillis(30));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
    }

    @Test
    void broadcastAssertionsFailWithWhatCame() {
        push(lobby, "new_msg", Map.of("body", "hi"));
        assertThatThrownBy(() -> assertBroadcast("new_msg", Map.of("body", "bye"), Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("code: assertBroadcast(\"new_msg\", {body=bye})")
                .hasMessageContaining("broadcast \"new_msg\" on room:lobby: {body=hi}");
        assertThatThrownBy(() -> refuteBroadcast("new_msg", Map.of("body", "hi")))
                .hasMessage("Unexpectedly received message broadcast \"new_msg\" on room:lobby: {body=hi}"
                        + " (which matched refuteBroadcast(\"new_msg\", {body=hi}))");
    }

    // ================================================================ crash, leave, close

    @Test
    void aCrashSendsPhxErrorAndStopsTheChannel() {
        push(lobby, "crash", Map.of());
        assertPush("phx_error", Map.of());
        Ref ref = push(lobby, "ping", Map.of());
        assertReply(ref, "error", Map.of("reason", "unmatched topic"));
        assertThat(rooms.terminations).singleElement().asString().startsWith("room:lobby error:");
    }

    @Test
    void leaveRepliesOkThenCloses() {
        Ref ref = leave(lobby);
        assertReply(ref, "ok");
        assertPush("phx_close", Map.of());
        assertThat(rooms.terminations).containsExactly("room:lobby shutdown:left");
        assertReply(leave(lobby), "ok");
    }

    @Test
    void closeReturnsOnceTheChannelStopped() {
        JoinedChannel room = privateRoom("room:closing");
        close(room);
        assertThat(rooms.terminations).containsExactly("room:closing shutdown:closed");
        refutePush("phx_close", Map.of());
        close(room);
    }
}
