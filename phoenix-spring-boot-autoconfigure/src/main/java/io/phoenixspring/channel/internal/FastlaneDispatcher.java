package io.phoenixspring.channel.internal;

import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.Serializer;
import io.phoenixspring.pubsub.Dispatcher;
import io.phoenixspring.pubsub.Subscriber;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Delivers channel broadcasts as {@code Phoenix.Channel.Server}'s dispatcher does: a broadcast is encoded once per
 * serializer and the frame written to every subscribed connection; only intercepted events go through the channel's
 * {@code handleOut}; other subscribers get the broadcast itself.
 */
public final class FastlaneDispatcher implements Dispatcher {

    private final AtomicLong encodes = new AtomicLong();

    @Override
    public void dispatch(List<Subscriber> subscribers, @Nullable Subscriber from, Object message) {
        if (!(message instanceof Broadcast broadcast)) {
            Dispatcher.DEFAULT.dispatch(subscribers, from, message);
            return;
        }
        Serializer lastSerializer = null;
        Frame lastFrame = null;
        Map<Serializer, Frame> frames = null;
        for (Subscriber subscriber : subscribers) {
            if (subscriber == from) {
                continue;
            }
            if (!(subscriber instanceof ChannelServer channel)) {
                subscriber.deliver(message);
                continue;
            }
            if (channel.intercepts().contains(broadcast.event())) {
                channel.deliver(broadcast);
                continue;
            }
            Serializer serializer = channel.transport().serializer();
            Frame frame;
            if (serializer == lastSerializer) {
                frame = lastFrame;
            } else {
                if (frames == null) {
                    frames = new IdentityHashMap<>(4);
                }
                frame = frames.get(serializer);
                if (frame == null) {
                    frame = serializer.encodeBroadcast(broadcast);
                    encodes.incrementAndGet();
                    frames.put(serializer, frame);
                }
                lastSerializer = serializer;
                lastFrame = frame;
            }
            channel.sendFastlane(frame);
        }
    }

    /** How many broadcast encodings this dispatcher made, for tests and metrics. */
    public long encodes() {
        return encodes.get();
    }
}
