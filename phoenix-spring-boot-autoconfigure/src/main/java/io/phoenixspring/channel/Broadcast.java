package io.phoenixspring.channel;

/**
 * A broadcast to a topic's channels, as {@code Phoenix.Socket.Broadcast}: written straight to each subscribed
 * connection (encoded once per serializer), or handed to {@code handleOut} for intercepted events.
 *
 * @param topic the topic
 * @param event the event
 * @param payload the payload, a map or a {@link BinaryPayload}
 */
public record Broadcast(String topic, String event, Object payload) {

    /** The PubSub dispatcher channel broadcasts go through (the fastlane). */
    public static final String DISPATCHER = "phoenix_channel";
}
