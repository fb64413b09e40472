package io.phoenixspring.channel;

/** The connection a channel's messages go out on: a WebSocket, a long-poll session, or a test. */
public interface Transport {

    /** Encodes {@code message} with this transport's serializer and sends it, without blocking. */
    void send(Message message);

    /** Sends an already encoded frame (a broadcast), without blocking. */
    void sendEncoded(Frame frame);

    /** The serializer of this connection. */
    Serializer serializer();

    /** The transport's name: {@code websocket}, {@code longpoll} or {@code test}. */
    String name();

    /**
     * Whether broadcasts reach this transport encoded, once per serializer, through {@link #sendEncoded} (the
     * fastlane); a transport that answers false gets each broadcast as a {@link Message} through {@link #send}, its
     * payload unencoded, as Phoenix's {@code NoopSerializer} gives a channel test.
     */
    default boolean encodesBroadcasts() {
        return true;
    }
}
