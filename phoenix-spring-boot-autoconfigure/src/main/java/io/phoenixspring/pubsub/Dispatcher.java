package io.phoenixspring.pubsub;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Delivers one broadcast to a topic's subscribers, as {@code Phoenix.PubSub}'s dispatcher: the default delivers the
 * message to each subscriber but {@code from}; channels use one that encodes a broadcast once per serializer.
 */
@FunctionalInterface
public interface Dispatcher {

    /** Delivers to each subscriber but {@code from}. */
    Dispatcher DEFAULT = (subscribers, from, message) -> {
        for (Subscriber subscriber : subscribers) {
            if (subscriber != from) {
                subscriber.deliver(message);
            }
        }
    };

    /** Delivers {@code message} to {@code subscribers}, skipping {@code from}. */
    void dispatch(List<Subscriber> subscribers, @Nullable Subscriber from, Object message);
}
