package io.phoenixspring.channel;

import org.jspecify.annotations.Nullable;

/**
 * One channel message on the wire, as {@code Phoenix.Socket.Message}: pushes, replies ({@code phx_reply}),
 * broadcasts, joins, leaves and heartbeats all take this shape.
 *
 * @param joinRef the join reference of the channel, or null
 * @param ref the message reference, or null for server pushes and broadcasts
 * @param topic the topic
 * @param event the event
 * @param payload the payload: a map (JSON object), another JSON value, or {@link BinaryPayload}
 */
public record Message(@Nullable String joinRef, @Nullable String ref, String topic, String event, Object payload) {

    /** The reply to {@code request}: {@code phx_reply} with {@code {"status": status, "response": response}}. */
    public static Message reply(
            @Nullable String joinRef, @Nullable String ref, String topic, String status, Object response) {
        return new Message(joinRef, ref, topic, "phx_reply", new Reply(status, response));
    }

    /**
     * A reply's payload.
     *
     * @param status {@code ok}, {@code error} or another status
     * @param response the response: a map or a {@link BinaryPayload}
     */
    public record Reply(String status, Object response) {}
}
