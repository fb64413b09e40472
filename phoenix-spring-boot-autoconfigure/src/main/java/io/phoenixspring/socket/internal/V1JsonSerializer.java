package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.BinaryPayload;
import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phoenix's V1 serializer ({@code vsn} absent or 1.x): JSON objects {@code {topic, event, payload, ref, join_ref}}
 * from clients, {@code {topic, event, payload, ref}} to them (no {@code join_ref}); no binary frames.
 */
public final class V1JsonSerializer implements Serializer {

    private final JsonMapper json;

    public V1JsonSerializer(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public Frame encode(Message message) {
        return Frame.text(
                json.writeValueAsString(fields(message.topic(), message.event(), message.payload(), message.ref())));
    }

    @Override
    public Frame encodeBroadcast(Broadcast broadcast) {
        return Frame.text(
                json.writeValueAsString(fields(broadcast.topic(), broadcast.event(), broadcast.payload(), null)));
    }

    private static Map<String, Object> fields(String topic, String event, Object payload, String ref) {
        if (payload instanceof BinaryPayload
                || (payload instanceof Message.Reply reply && reply.response() instanceof BinaryPayload)) {
            throw new IllegalArgumentException(
                    "the V1 serializer has no binary frames; connect with vsn=2.0.0 for" + " binary payloads");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("topic", topic);
        fields.put("event", event);
        fields.put("payload", payload);
        fields.put("ref", ref);
        return fields;
    }

    @Override
    public Message decode(Frame frame) {
        if (frame.isBinary()) {
            throw new IllegalArgumentException("the V1 serializer has no binary frames; connect with vsn=2.0.0");
        }
        Object decoded;
        try {
            decoded = json.readValue(String.valueOf(frame.text()), Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "V1 JSON Serializer expected a map, got invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(decoded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("V1 JSON Serializer expected a map");
        }
        for (String key : new String[] {"topic", "event", "payload", "ref"}) {
            if (!map.containsKey(key)) {
                throw new IllegalArgumentException("missing key \"" + key + "\"");
            }
        }
        Object joinRef = map.get("join_ref");
        Object ref = map.get("ref");
        Object payload = map.get("payload");
        return new Message(
                joinRef == null ? null : joinRef.toString(),
                ref == null ? null : ref.toString(),
                String.valueOf(map.get("topic")),
                String.valueOf(map.get("event")),
                payload == null ? Map.of() : payload);
    }
}
