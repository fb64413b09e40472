package io.phoenixspring.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.JoinResult;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.channel.Transport;
import io.phoenixspring.pubsub.PubSub;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChannelServerTests {

    private final PubSub pubSub = PubSub.local();

    private final List<String> written = new CopyOnWriteArrayList<>();

    ChannelServerTests() {
        pubSub.registerDispatcher(ChannelServer.DISPATCHER, new FastlaneDispatcher());
    }

    @Test
    void broadcastSentAsSoonAsTheJoinReplyIsOutReachesTheChannelAfterTheReply() {
        // The client reacts to its join reply at once, e.g. another client's push broadcast to the topic (found by
        // the chat sample's interop tests: a broadcast right after a second client's join ok was missed).
        Transport transport = new RecordingTransport(message -> {
            if (message.event().equals("phx_reply")) {
                pubSub.broadcast("room:1", new Broadcast("room:1", "new_msg", Map.of()), ChannelServer.DISPATCHER);
            }
        });
        Channel channel = (topic, payload, socket) -> JoinResult.ok(socket);
        ChannelServer server = new ChannelServer(
                channel, "room:1", "1", Socket.create("test"), transport, pubSub, Runnable::run, stopped -> {});

        assertThat(server.join("1", Map.of())).isTrue();

        assertThat(written).containsExactly("phx_reply", "broadcast new_msg");
    }

    @Test
    void onceJoinedBroadcastsGoStraightToTheTransport() {
        Channel channel = (topic, payload, socket) -> JoinResult.ok(socket);
        ChannelServer server = new ChannelServer(
                channel,
                "room:1",
                "1",
                Socket.create("test"),
                new RecordingTransport(message -> {}),
                pubSub,
                Runnable::run,
                stopped -> {});
        server.join("1", Map.of());

        pubSub.broadcast("room:1", new Broadcast("room:1", "a", Map.of()), ChannelServer.DISPATCHER);
        pubSub.broadcast("room:1", new Broadcast("room:1", "b", Map.of()), ChannelServer.DISPATCHER);

        assertThat(written).containsExactly("phx_reply", "broadcast a", "broadcast b");
    }

    private final class RecordingTransport implements Transport, Serializer {

        private final Consumer<Message> onSend;

        RecordingTransport(Consumer<Message> onSend) {
            this.onSend = onSend;
        }

        @Override
        public void send(Message message) {
            written.add(message.event());
            onSend.accept(message);
        }

        @Override
        public void sendEncoded(Frame frame) {
            written.add(frame.text());
        }

        @Override
        public Serializer serializer() {
            return this;
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public String version() {
            return "2.0.0";
        }

        @Override
        public Frame encode(Message message) {
            return Frame.text(message.event());
        }

        @Override
        public Frame encodeBroadcast(Broadcast broadcast) {
            return Frame.text("broadcast " + broadcast.event());
        }

        @Override
        public Message decode(Frame frame) {
            throw new UnsupportedOperationException();
        }
    }
}
