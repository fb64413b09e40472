package io.phoenixspring.test;

import static io.phoenixspring.test.ChannelTest.assertPush;
import static io.phoenixspring.test.ChannelTest.assertReply;
import static io.phoenixspring.test.ChannelTest.join;
import static io.phoenixspring.test.ChannelTest.push;
import static io.phoenixspring.test.ChannelTest.socket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.InResult;
import io.phoenixspring.channel.JoinResult;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.pubsub.PubSub;
import io.phoenixspring.socket.PhoenixSocket;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChannelTestWithoutSpringTests {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final Channel counter = new Channel() {
        @Override
        public JoinResult join(String topic, Object payload, Socket socket) {
            return JoinResult.ok(socket.assign("count", 0));
        }

        @Override
        public InResult handleIn(String event, Object payload, Socket socket) {
            int count = socket.<Integer>getAssign("count") + 1;
            return InResult.ok(
                    Map.of("count", count), socket.push("counted", Map.of()).assign("count", count));
        }
    };

    private final PhoenixSocket userSocket = routes -> routes.channel("counter:*", counter);

    @AfterEach
    void clear() {
        ChannelTest.clearChannels();
        executor.shutdownNow();
    }

    @Test
    void withoutChannelsEveryHelperSaysHowToSetThemUp() {
        assertThatThrownBy(() -> assertPush("x", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@PhoenixWebTest")
                .hasMessageContaining("ChannelTest.useChannels(pubSub, executor)");
    }

    @Test
    void useChannelsRunsChannelsByHand() {
        ChannelTest.useChannels(PubSub.local(), executor);
        JoinedChannel joined = join(socket(userSocket), "counter:1");
        assertReply(push(joined, "inc"), "ok", Map.of("count", 1));
        assertReply(push(joined, "inc"), "ok", Map.of("count", 2));
        assertPush("counted", Map.of());
        assertThat(joined.socket().assigns()).containsEntry("count", 0);
    }

    @Test
    void socketClassesNeedAnApplicationContext() {
        ChannelTest.useChannels(PubSub.local(), executor);
        assertThatThrownBy(() -> socket(PhoenixSocket.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(
                        "cannot look up io.phoenixspring.socket.PhoenixSocket without an application" + " context");
    }
}
