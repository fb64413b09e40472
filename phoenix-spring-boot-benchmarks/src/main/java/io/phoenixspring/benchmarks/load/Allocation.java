package io.phoenixspring.benchmarks.load;

import java.lang.management.ManagementFactory;

/**
 * The bytes allocated so far by this JVM's live threads, as HotSpot counts them per thread: a server reports it
 * before and after a trial so the harness can divide by the requests served. Threads that ended are not counted, so
 * it suits servers whose request threads live on (Tomcat's pool).
 */
public final class Allocation {

    private Allocation() {}

    /** The sum of every live thread's allocated bytes. */
    public static long totalBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            if (bytes > 0) {
                total += bytes;
            }
        }
        return total;
    }
}
