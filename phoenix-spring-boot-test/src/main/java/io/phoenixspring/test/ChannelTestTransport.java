package io.phoenixspring.test;

import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import io.phoenixspring.channel.Transport;
import io.phoenixspring.pubsub.Subscriber;
import org.jspecify.annotations.Nullable;

/**
 * The transport of one {@link ChannelTest} join: it keeps the join's reply for {@code join} to return, and hands
 * every other message, unencoded, to the test's mailbox (broadcasts come as messages too, as Phoenix's
 * {@code NoopSerializer} gives them).
 */
final class ChannelTestTransport implements Transport {

    /** The name channels see as {@code socket.transport()}. */
    static final String NAME = "test";

    private final Subscriber mailbox;
    private final String joinRef;
    private volatile Message.@Nullable Reply joinReply;

    ChannelTestTransport(Subscriber mailbox, String joinRef) {
        this.mailbox = mailbox;
        this.joinRef = joinRef;
    }

    /** The reply to the join, once the join ran. */
    Message.@Nullable Reply joinReply() {
        return joinReply;
    }

    @Override
    public void send(Message message) {
        if (joinReply == null
                && message.event().equals("phx_reply")
                && joinRef.equals(message.ref())
                && message.payload() instanceof Message.Reply reply) {
            joinReply = reply;
            return;
        }
        mailbox.deliver(message);
    }

    @Override
    public void sendEncoded(Frame frame) {
        throw new UnsupportedOperationException("the channel test transport takes broadcasts as messages");
    }

    @Override
    public Serializer serializer() {
        throw new UnsupportedOperationException("the channel test transport does not encode messages");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean encodesBroadcasts() {
        return false;
    }
}
