package io.phoenixspring.channel.internal;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The executor channel mailboxes share: virtual threads on Java 21+, a bounded pool of daemon threads on 17. */
public final class Executors {

    private Executors() {}

    /** Virtual threads when the JVM has them, otherwise {@code max(4, 2 × cores)} daemon threads. */
    public static ExecutorService channelExecutor() {
        try {
            Method factory = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
            AtomicInteger count = new AtomicInteger();
            ThreadFactory daemons = task -> {
                Thread thread = new Thread(task, "phoenix-channel-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons);
        }
    }
}
