package io.phoenixspring.benchmarks.ws;

import java.util.Optional;

/**
 * Phoenix's V2 JSON wire protocol, {@code [join_ref, ref, topic, event, payload]}: joins {@code room:bench} with ref
 * {@code 1}, pushes {@code ping} on it and {@code heartbeat} on {@code phoenix}, and reads replies by topic and ref.
 */
final class PhoenixProtocol implements Protocol {

    static final String TOPIC = "room:bench";
    private static final String JOIN = "[\"1\",\"1\",\"" + TOPIC + "\",\"phx_join\",{}]";

    @Override
    public String path() {
        return "/socket/websocket?vsn=2.0.0";
    }

    @Override
    public String triggerTopic() {
        return TOPIC;
    }

    @Override
    public Received opened(WsConnection connection) {
        connection.send(JOIN);
        return Received.NONE;
    }

    @Override
    public Received received(WsConnection connection, String text) {
        String[] fields = fields(text);
        String event = fields[3];
        if (event.equals("tick")) {
            return Received.BROADCAST;
        }
        if (!event.equals("phx_reply")) {
            return event.equals("phx_error") || event.equals("phx_close") ? Received.ERROR : Received.NONE;
        }
        if (!text.contains("\"status\":\"ok\"")) {
            return Received.ERROR;
        }
        if (fields[2].equals("phoenix")) {
            return Received.HEARTBEAT;
        }
        return fields[1].equals("1") ? Received.JOINED : Received.REPLY;
    }

    @Override
    public String ping(long ref) {
        return "[\"1\",\"" + ref + "\",\"" + TOPIC + "\",\"ping\",{\"n\":" + ref + "}]";
    }

    @Override
    public Optional<String> heartbeat(long ref) {
        return Optional.of("[null,\"" + ref + "\",\"phoenix\",\"heartbeat\",{}]");
    }

    @Override
    public long expectedAnswers(long sent, long holdMillis, long periodMillis) {
        return sent;
    }

    /**
     * The first four elements of a V2 message, each a string or {@code null}; the harness's refs, topics and events
     * have no escapes, so a scan for quotes and commas is enough.
     */
    static String[] fields(String text) {
        String[] fields = {"", "", "", ""};
        int at = 1;
        for (int i = 0; i < 4 && at < text.length(); i++) {
            if (text.charAt(at) == '"') {
                int end = text.indexOf('"', at + 1);
                fields[i] = text.substring(at + 1, end);
                at = end + 2;
            } else {
                int end = text.indexOf(',', at);
                fields[i] = text.substring(at, end);
                at = end + 1;
            }
        }
        return fields;
    }
}
