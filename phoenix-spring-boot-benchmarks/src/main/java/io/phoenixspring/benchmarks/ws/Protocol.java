package io.phoenixspring.benchmarks.ws;

import java.util.Optional;

/**
 * What the load client says on a connection once the WebSocket is open: how it joins, what a received text means, how
 * it pings and beats. One instance serves every connection; per-connection progress lives in
 * {@link WsConnection#stage}.
 */
interface Protocol {

    /** What a text frame from the server turned out to be. */
    enum Received {
        /** The connection is joined (Phoenix), subscribed (STOMP) or just open (floor). */
        JOINED,
        /** A broadcast to the benchmark topic. */
        BROADCAST,
        /** The reply to a ping. */
        REPLY,
        /** A heartbeat answer (Phoenix) or a server heart-beat (STOMP). */
        HEARTBEAT,
        /** An error reply or frame. */
        ERROR,
        /** Nothing the measurements count. */
        NONE
    }

    /** The request target of the WebSocket upgrade. */
    String path();

    /** The topic to pass to the server's {@code /bench/broadcast}. */
    String triggerTopic();

    /** Called when the WebSocket is open: sends the join or CONNECT; returns {@code JOINED} if nothing is needed. */
    Received opened(WsConnection connection);

    /** Interprets a text frame, answering protocol steps (such as STOMP's CONNECTED) on {@code connection}. */
    Received received(WsConnection connection, String text);

    /** The text of the ping numbered {@code ref}. */
    String ping(long ref);

    /** The text of the client heartbeat numbered {@code ref}, if the client sends any. */
    Optional<String> heartbeat(long ref);

    /**
     * How many heartbeat answers a connection must have received after sending {@code sent} heartbeats over
     * {@code holdMillis} with a period of {@code periodMillis}.
     */
    long expectedAnswers(long sent, long holdMillis, long periodMillis);

    /**
     * The protocol for {@code mode}: {@code phoenix}, {@code stomp} or {@code floor}.
     *
     * @param replies whether the client will ping, so that STOMP must also subscribe to its reply queue
     * @param heartbeatMillis the heartbeat period a STOMP client announces in CONNECT
     */
    static Protocol of(String mode, boolean replies, long heartbeatMillis) {
        return switch (mode) {
            case "phoenix" -> new PhoenixProtocol();
            case "stomp" -> new StompProtocol(replies, heartbeatMillis);
            case "floor" -> new FloorProtocol();
            default ->
                throw new IllegalArgumentException("unknown mode \"" + mode + "\"; expected phoenix, stomp or floor");
        };
    }
}
