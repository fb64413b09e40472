package io.phoenixspring.benchmarks.stomp;

import java.util.concurrent.atomic.LongAdder;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * Counts the MESSAGE frames sent to clients: Spring encodes each one for its session (the subscription id differs),
 * so this is the STOMP side's count of broadcast encodings.
 */
final class OutboundCount implements ChannelInterceptor {

    private final LongAdder messages = new LongAdder();

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.MESSAGE) {
            messages.increment();
        }
        return message;
    }

    long messages() {
        return messages.sum();
    }
}
