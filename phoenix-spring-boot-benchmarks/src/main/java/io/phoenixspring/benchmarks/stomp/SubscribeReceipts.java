package io.phoenixspring.benchmarks.stomp;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.UserDestinationMessageHandler;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Sends the RECEIPT a SUBSCRIBE asks for once the subscription is registered, as a full broker would; Spring's simple
 * broker sends none. A {@code /user/...} subscription is registered when the user destination handler has passed it
 * on (the broker channel is synchronous); any other when the simple broker has handled it.
 */
final class SubscribeReceipts implements ExecutorChannelInterceptor {

    private final MessageChannel clientOutbound;

    SubscribeReceipts(MessageChannel clientOutbound) {
        this.clientOutbound = clientOutbound;
    }

    @Override
    public void afterMessageHandled(
            Message<?> message, MessageChannel channel, MessageHandler handler, @Nullable Exception ex) {
        StompHeaderAccessor accessor = StompHeaderAccessor.wrap(message);
        String receipt = accessor.getReceipt();
        String destination = accessor.getDestination();
        if (ex != null || accessor.getCommand() != StompCommand.SUBSCRIBE || receipt == null || destination == null) {
            return;
        }
        boolean user = destination.startsWith("/user/");
        if (user ? handler instanceof UserDestinationMessageHandler : handler instanceof SimpleBrokerMessageHandler) {
            StompHeaderAccessor reply = StompHeaderAccessor.create(StompCommand.RECEIPT);
            reply.setReceiptId(receipt);
            reply.setSessionId(accessor.getSessionId());
            clientOutbound.send(MessageBuilder.createMessage(new byte[0], reply.getMessageHeaders()));
        }
    }
}
