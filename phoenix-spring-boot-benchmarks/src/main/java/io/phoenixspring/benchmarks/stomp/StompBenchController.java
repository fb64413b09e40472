package io.phoenixspring.benchmarks.stomp;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code /bench} routes of {@link io.phoenixspring.benchmarks.FanoutServer}, for STOMP: a broadcast is
 * {@code convertAndSend("/topic/" + topic, {"sent_at": millis})}, the same payload Phoenix broadcasts.
 */
@RestController
@RequestMapping("/bench")
class StompBenchController {

    private final SimpMessagingTemplate template;
    private final StompBroker broker;

    StompBenchController(SimpMessagingTemplate template, StompBroker broker) {
        this.template = template;
        this.broker = broker;
    }

    @PostMapping("/broadcast")
    Map<String, Object> broadcast(@RequestParam String topic) {
        long start = System.nanoTime();
        Object payload = Map.of("sent_at", System.currentTimeMillis());
        template.convertAndSend("/topic/" + topic, payload);
        return Map.of("dispatch_ns", System.nanoTime() - start);
    }

    @GetMapping("/heap")
    Map<String, Object> heap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return Map.of(
                "used", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    @GetMapping("/stats")
    Map<String, Object> stats() {
        return Map.of("encodes", broker.outboundCount().messages());
    }
}
