package io.phoenixspring.channel;

import org.jspecify.annotations.Nullable;

/**
 * A reference to one push of a joined channel, to reply to it later (from another thread or a {@code handleInfo}), as
 * Phoenix's {@code socket_ref/1} and {@code reply/2}.
 *
 * @param topic the channel's topic
 * @param joinRef the channel's join reference
 * @param ref the push's reference
 * @param context where the reply goes
 */
public record SocketRef(
        String topic, @Nullable String joinRef, @Nullable String ref, ChannelContext context) {

    /** Replies {@code ok} with {@code response}. */
    public void replyOk(Object response) {
        context.reply(this, "ok", response);
    }

    /** Replies {@code error} with {@code response}. */
    public void replyError(Object response) {
        context.reply(this, "error", response);
    }

    /** Replies with {@code status} and {@code response}. */
    public void reply(String status, Object response) {
        context.reply(this, status, response);
    }
}
