package guides;

import static org.awaitility.Awaitility.await;

import guides.telemetry.JobMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The telemetry guide's periodic measurement reaches Micrometer as the guide says. */
@SpringBootTest(properties = "phoenix.telemetry.poller.period=50ms")
class TelemetryGuideTests {

    @Autowired
    JobMetrics.JobQueue queue;

    @Autowired
    MeterRegistry registry;

    @Test
    void theQueueLengthIsPolledIntoAGauge() {
        queue.add("send welcome mail");
        queue.add("resize avatar");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> registry.find("my_app.jobs.queued").gauge() != null
                        && registry.get("my_app.jobs.queued").gauge().value() == 2.0);
    }
}
