package guides.telemetry;

import io.phoenixspring.telemetry.Metric;
import io.phoenixspring.telemetry.PeriodicMeasurement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The telemetry guide's periodic measurement: the length of a job queue, polled and recorded as a gauge. */
@Configuration(proxyBeanMethods = false)
public class JobMetrics {

    /** The application's jobs waiting to run. */
    public static final class JobQueue {

        private final ConcurrentLinkedQueue<String> jobs = new ConcurrentLinkedQueue<>();

        public void add(String job) {
            jobs.add(job);
        }

        public int size() {
            return jobs.size();
        }
    }

    @Bean
    JobQueue jobQueue() {
        return new JobQueue();
    }

    @Bean
    PeriodicMeasurement jobQueueLength(JobQueue queue) {
        return telemetry -> telemetry.execute(List.of("my_app", "jobs"), Map.of("queued", queue.size()), Map.of());
    }

    @Bean
    Metric queuedJobs() {
        return Metric.lastValue("my_app.jobs.queued");
    }
}
