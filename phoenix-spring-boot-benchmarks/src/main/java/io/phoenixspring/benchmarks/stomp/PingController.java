package io.phoenixspring.benchmarks.stomp;

import java.util.Map;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * Replies to {@code SEND /app/ping} with its own payload, to the sending session only: Spring's idiomatic reply to the
 * sender, {@code @SendToUser} with {@code broadcast = false}; without a principal the session id stands for the user,
 * and the reply goes to the session's {@code /user/queue/pong} subscription.
 */
@Controller
class PingController {

    @MessageMapping("/ping")
    @SendToUser(destinations = "/queue/pong", broadcast = false)
    Map<String, Object> ping(Map<String, Object> payload) {
        return payload;
    }
}
