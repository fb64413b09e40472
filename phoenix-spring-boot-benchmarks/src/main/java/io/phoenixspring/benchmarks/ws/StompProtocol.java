package io.phoenixspring.benchmarks.ws;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * STOMP 1.2 over WebSocket, as Spring's simple broker speaks it: CONNECT with a heart-beat, SUBSCRIBE to
 * {@code /topic/bench} (and {@code /user/queue/pong} when pinging) with a receipt each, SEND to {@code /app/ping}. A
 * connection counts as joined once every subscription's RECEIPT came back.
 */
final class StompProtocol implements Protocol {

    private final boolean replies;
    private final String connect;

    StompProtocol(boolean replies, long heartbeatMillis) {
        this.replies = replies;
        this.connect = "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:" + heartbeatMillis + ","
                + heartbeatMillis + "\n\n\0";
    }

    @Override
    public String path() {
        return "/stomp";
    }

    @Override
    public String triggerTopic() {
        return "bench";
    }

    @Override
    public Received opened(WsConnection connection) {
        connection.send(connect);
        return Received.NONE;
    }

    @Override
    public Received received(WsConnection connection, String text) {
        if (text.isBlank()) {
            return Received.HEARTBEAT;
        }
        if (text.startsWith("MESSAGE")) {
            return text.contains("\ndestination:/topic/") ? Received.BROADCAST : Received.REPLY;
        }
        if (text.startsWith("CONNECTED")) {
            connection.send(subscribe("0", "/topic/bench"));
            if (replies) {
                connection.send(subscribe("1", "/user/queue/pong"));
            }
            return Received.NONE;
        }
        if (text.startsWith("RECEIPT")) {
            connection.stage++;
            return connection.stage == (replies ? 2 : 1) ? Received.JOINED : Received.NONE;
        }
        return text.startsWith("ERROR") ? Received.ERROR : Received.NONE;
    }

    private static String subscribe(String id, String destination) {
        return "SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\nreceipt:r" + id + "\n\n\0";
    }

    @Override
    public String ping(long ref) {
        String body = "{\"n\":" + ref + "}";
        return "SEND\ndestination:/app/ping\ncontent-type:application/json\ncontent-length:"
                + body.getBytes(StandardCharsets.UTF_8).length + "\n\n" + body + "\0";
    }

    @Override
    public Optional<String> heartbeat(long ref) {
        return Optional.of("\n");
    }

    /** The server beats on its own timer, checked every period: one beat per period, less one for the phase. */
    @Override
    public long expectedAnswers(long sent, long holdMillis, long periodMillis) {
        return Math.max(0, holdMillis / periodMillis - 1);
    }
}
