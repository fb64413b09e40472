package io.phoenixspring.benchmarks.ws;

import java.util.Optional;

/** The floor server's: nothing to join, every text frame is the broadcast; it neither pings nor beats. */
final class FloorProtocol implements Protocol {

    @Override
    public String path() {
        return "/socket/websocket";
    }

    @Override
    public String triggerTopic() {
        return PhoenixProtocol.TOPIC;
    }

    @Override
    public Received opened(WsConnection connection) {
        return Received.JOINED;
    }

    @Override
    public Received received(WsConnection connection, String text) {
        return Received.BROADCAST;
    }

    @Override
    public String ping(long ref) {
        throw new UnsupportedOperationException(
                "the floor server does not answer pings; measure round trips against" + " phoenix or stomp");
    }

    @Override
    public Optional<String> heartbeat(long ref) {
        return Optional.empty();
    }

    @Override
    public long expectedAnswers(long sent, long holdMillis, long periodMillis) {
        return 0;
    }
}
