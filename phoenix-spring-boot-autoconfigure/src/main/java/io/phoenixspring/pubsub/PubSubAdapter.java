package io.phoenixspring.pubsub;

/**
 * Carries broadcasts to the other nodes of a cluster, as a {@code Phoenix.PubSub} adapter (PG2, Redis). Each node
 * hands what it receives to {@link PubSub#localBroadcast}. The dispatcher is named, as it must be known on every
 * node.
 */
public interface PubSubAdapter {

    /** Sends {@code message} for {@code topic} to every other node. */
    void broadcast(String topic, Object message, String dispatcher);

    /** Sends {@code message} for {@code topic} to the node {@code nodeName} only. */
    void directBroadcast(String nodeName, String topic, Object message, String dispatcher);

    /** This node's name, unique in the cluster. */
    String nodeName();

    /** Starts delivering what other nodes send to {@code local}. */
    default void start(PubSub local) {}

    /** The adapter of a single node: nothing to send. */
    static PubSubAdapter local(String nodeName) {
        return new PubSubAdapter() {
            @Override
            public void broadcast(String topic, Object message, String dispatcher) {}

            @Override
            public void directBroadcast(String nodeName, String topic, Object message, String dispatcher) {}

            @Override
            public String nodeName() {
                return nodeName;
            }
        };
    }
}
