package io.phoenixspring.channel;

/** A handle on a joined channel, to send it messages that arrive in its {@code handleInfo}. */
@FunctionalInterface
public interface ChannelRef {

    /** Sends {@code message} to the channel's mailbox. */
    void send(Object message);
}
