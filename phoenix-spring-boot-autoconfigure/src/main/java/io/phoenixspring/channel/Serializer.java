package io.phoenixspring.channel;

/**
 * Encodes and decodes channel messages, as {@code Phoenix.Socket.Serializer}: V1 JSON objects, V2 JSON arrays and V2
 * binary frames.
 */
public interface Serializer {

    /** The protocol version this serializer speaks, e.g. {@code 2.0.0}. */
    String version();

    /** Encodes a message (push or reply) for the client. */
    Frame encode(Message message);

    /** Encodes a broadcast for every subscribed client, once per broadcast: Phoenix's {@code fastlane!}. */
    Frame encodeBroadcast(Broadcast broadcast);

    /**
     * Decodes a client frame.
     *
     * @throws IllegalArgumentException saying what was wrong when the frame is not a message of this protocol
     */
    Message decode(Frame frame);
}
