package io.phoenixspring.benchmarks.stomp;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The broker as Spring's reference guide sets it up: endpoint {@code /stomp} (raw WebSocket, no SockJS), simple broker
 * on {@code /topic} and {@code /queue} with heart-beats on Spring's broker task scheduler, {@code /app} for
 * {@code @MessageMapping}. Two interceptors serve the harness: RECEIPTs for SUBSCRIBE (which the simple broker does not
 * send) and a count of frames sent to clients.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class StompBroker implements WebSocketMessageBrokerConfigurer {

    private final TaskScheduler scheduler;
    private final MessageChannel clientOutbound;
    private final long heartbeatMillis;
    private final OutboundCount outboundCount = new OutboundCount();

    StompBroker(
            @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler scheduler,
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel clientOutbound,
            @Value("${bench.stomp.heartbeat-ms:30000}") long heartbeatMillis) {
        this.scheduler = scheduler;
        this.clientOutbound = clientOutbound;
        this.heartbeatMillis = heartbeatMillis;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/stomp");
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {heartbeatMillis, heartbeatMillis})
                .setTaskScheduler(scheduler);
        registry.setApplicationDestinationPrefixes("/app");
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(new SubscribeReceipts(clientOutbound));
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.interceptors(outboundCount);
    }

    OutboundCount outboundCount() {
        return outboundCount;
    }
}
