package io.phoenixspring.benchmarks.ws;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * What every connection reports to, from whichever selector thread owns it: joins, broadcast receipts, replies,
 * heartbeat answers, closes and errors.
 */
final class Tally {

    /** Bounds the connections between connect and joined, so the server's accept queue never overflows. */
    final Semaphore connecting;

    final LongAdder replies = new LongAdder();
    final LongAdder heartbeatsSent = new LongAdder();
    final LongAdder heartbeatAnswers = new LongAdder();
    final LongAdder unexpectedCloses = new LongAdder();
    final LongAdder errors = new LongAdder();
    private final AtomicReference<@Nullable String> firstProblem = new AtomicReference<>();
    private volatile CountDownLatch joins = new CountDownLatch(0);
    private volatile Round round = new Round(0);
    private volatile boolean closedLoop;

    Tally(int maxConnecting) {
        this.connecting = new Semaphore(maxConnecting);
    }

    /** One broadcast: how many receipts are still to come, and when the latest came. */
    static final class Round {
        private final CountDownLatch remaining;
        private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

        Round(int receipts) {
            this.remaining = new CountDownLatch(receipts);
        }

        /** Waits for every receipt; returns the nanoTime of the last, or throws after {@code seconds}. */
        long awaitLast(long seconds) throws InterruptedException {
            if (!remaining.await(seconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException(remaining.getCount() + " connections did not receive the broadcast"
                        + " within " + seconds + " s; see the server log");
            }
            return last.get();
        }
    }

    void expectJoins(int count) {
        joins = new CountDownLatch(count);
    }

    CountDownLatch joins() {
        return joins;
    }

    Round newRound(int receipts) {
        Round next = new Round(receipts);
        round = next;
        return next;
    }

    void closedLoop(boolean on) {
        closedLoop = on;
    }

    boolean closedLoop() {
        return closedLoop;
    }

    void joined() {
        connecting.release();
        joins.countDown();
    }

    void broadcast(long nanos) {
        Round current = round;
        current.last.accumulateAndGet(nanos, Math::max);
        current.remaining.countDown();
    }

    void error(String text) {
        errors.increment();
        problem("error from the server: " + text.strip());
    }

    /** A connection closed that the client did not close; before its join it also frees its place. */
    void closed(boolean joined, String reason) {
        unexpectedCloses.increment();
        problem(reason);
        if (!joined) {
            connecting.release();
            joins.countDown();
        }
    }

    private void problem(String description) {
        firstProblem.compareAndSet(null, description);
    }

    /** The first error or unexpected close, for messages. */
    String firstProblem() {
        String problem = firstProblem.get();
        return problem == null ? "none" : problem;
    }
}
