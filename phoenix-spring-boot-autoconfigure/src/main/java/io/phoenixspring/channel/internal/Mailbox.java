package io.phoenixspring.channel.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial mailbox on a shared executor: tasks run one at a time, in order, never concurrently, on whatever thread the
 * executor gives (a virtual thread on Java 21+).
 */
public final class Mailbox implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(Mailbox.class);

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor executor;

    public Mailbox(Executor executor) {
        this.executor = executor;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable task;
            int budget = 64;
            while (budget-- > 0 && (task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    LOG.error("a mailbox task failed", e);
                }
            }
        } finally {
            scheduled.set(false);
            schedule();
        }
    }
}
