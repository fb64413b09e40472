package io.phoenixspring.channel;

/** What a joined socket's {@code push}, {@code broadcast} and {@code reply} go through: the channel's server. */
public interface ChannelContext {

    /** Pushes {@code event} to this channel's client. */
    void push(Socket socket, String event, Object payload);

    /** Broadcasts {@code event} to the topic's subscribers, or to all but this channel. */
    void broadcast(Socket socket, String event, Object payload, boolean excludeSelf);

    /** Replies to the push {@code ref} stands for. */
    void reply(SocketRef ref, String status, Object response);

    /** The channel itself, to send it messages for {@code handleInfo} (the after-join pattern). */
    ChannelRef self();
}
