package io.phoenixspring.benchmarks.ws;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The client's connections to one server, spread over a few {@link Loop}s. */
final class Connections implements AutoCloseable {

    /** At most this many connections are between connect and joined at once. */
    private static final int MAX_CONNECTING = 256;

    private final Protocol protocol;
    private final InetSocketAddress address;
    private final Tally tally = new Tally(MAX_CONNECTING);
    private final List<Loop> loops = new ArrayList<>();
    private int opened;

    Connections(Protocol protocol, InetSocketAddress address, int threads) {
        this.protocol = protocol;
        this.address = address;
        for (int i = 0; i < threads; i++) {
            loops.add(new Loop("ws-load-" + i));
        }
    }

    Tally tally() {
        return tally;
    }

    /**
     * Opens {@code count} connections and waits until every one is joined.
     *
     * @throws IllegalStateException when one fails or they are not all joined within {@code timeout}
     */
    void open(int count, Duration timeout) throws InterruptedException {
        tally.expectJoins(count);
        long closesBefore = tally.unexpectedCloses.sum();
        for (int i = 0; i < count; i++) {
            if (!tally.connecting.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("connections stopped joining after " + i + " of " + count
                        + "; first problem: " + tally.firstProblem());
            }
            Loop loop = loops.get(opened++ % loops.size());
            loop.open(new WsConnection(loop, protocol, tally, address));
        }
        CountDownLatch joins = tally.joins();
        if (!joins.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(joins.getCount() + " of " + count + " connections did not join within "
                    + timeout.toSeconds() + " s; first problem: " + tally.firstProblem());
        }
        long failed = tally.unexpectedCloses.sum() - closesBefore;
        if (failed > 0) {
            throw new IllegalStateException(failed + " of " + count + " connections closed before joining; first"
                    + " problem: " + tally.firstProblem());
        }
    }

    /** Runs {@code action} on every connection, each on its loop's thread, and waits until all ran. */
    void forEach(Consumer<WsConnection> action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(loops.size());
        for (Loop loop : loops) {
            loop.forEach(action, done::countDown);
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the selector threads did not run a task within 60 s");
        }
    }

    @Override
    public void close() {
        for (Loop loop : loops) {
            loop.stop();
        }
    }
}
