package io.phoenixspring.pubsub;

/** Receives the messages broadcast to the topics it subscribed to. Delivery must not block. */
@FunctionalInterface
public interface Subscriber {

    /** Takes {@code message}, broadcast to one of this subscriber's topics. */
    void deliver(Object message);
}
