package io.phoenixspring.test;

import io.phoenixspring.pubsub.Subscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The test "process" mailbox of {@link ChannelTest}: what the channels under test push and reply, and the broadcasts
 * of the topics the test subscribed to, in arrival order. A receive scans every message, not only the first, and
 * takes the first that matches, as Erlang's selective receive.
 */
final class ChannelTestMailbox implements Subscriber {

    private final List<Object> messages = new ArrayList<>();

    @Override
    public synchronized void deliver(Object message) {
        messages.add(message);
        notifyAll();
    }

    /** Takes the first message {@code pattern} matches, waiting up to {@code timeout}; null when none came. */
    synchronized @Nullable Object receive(Predicate<Object> pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Iterator<Object> it = messages.iterator(); it.hasNext(); ) {
                Object message = it.next();
                if (pattern.test(message)) {
                    it.remove();
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a channel message", e);
            }
        }
    }

    /** The messages not received yet. */
    synchronized List<Object> messages() {
        return List.copyOf(messages);
    }
}
