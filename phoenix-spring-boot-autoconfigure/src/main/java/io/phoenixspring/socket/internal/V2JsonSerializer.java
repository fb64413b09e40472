package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.BinaryPayload;
import io.phoenixspring.channel.Broadcast;
import io.phoenixspring.channel.Frame;
import io.phoenixspring.channel.Message;
import io.phoenixspring.channel.Serializer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phoenix's V2 serializer ({@code vsn=2.0.0}, what phoenix.js speaks): JSON arrays
 * {@code [join_ref, ref, topic, event, payload]} in text frames, and binary frames for binary payloads (push 0, reply
 * 1, broadcast 2).
 */
public final class V2JsonSerializer implements Serializer {

    private static final byte PUSH = 0;
    private static final byte REPLY = 1;
    private static final byte BROADCAST = 2;

    private final JsonMapper json;

    public V2JsonSerializer(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String version() {
        return "2.0.0";
    }

    @Override
    public Frame encode(Message message) {
        Object payload = message.payload();
        if (payload instanceof Message.Reply reply && reply.response() instanceof BinaryPayload binary) {
            return Frame.binary(
                    binary(REPLY, binary.data(), message.joinRef(), message.ref(), message.topic(), reply.status()));
        }
        if (payload instanceof BinaryPayload binary) {
            return Frame.binary(binary(PUSH, binary.data(), message.joinRef(), message.topic(), message.event()));
        }
        return Frame.text(json.writeValueAsString(
                Arrays.asList(message.joinRef(), message.ref(), message.topic(), message.event(), payload)));
    }

    @Override
    public Frame encodeBroadcast(Broadcast broadcast) {
        if (broadcast.payload() instanceof BinaryPayload binary) {
            return Frame.binary(binary(BROADCAST, binary.data(), broadcast.topic(), broadcast.event()));
        }
        return Frame.text(json.writeValueAsString(
                Arrays.asList(null, null, broadcast.topic(), broadcast.event(), broadcast.payload())));
    }

    @Override
    public Message decode(Frame frame) {
        return frame.isBinary() ? decodeBinary(frame.binary()) : decodeText(String.valueOf(frame.text()));
    }

    private Message decodeText(String text) {
        Object decoded;
        try {
            decoded = json.readValue(text, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "a V2 frame must be a JSON array, got invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(decoded instanceof List<?> list) || list.size() < 5) {
            throw new IllegalArgumentException("a V2 frame must be the JSON array [join_ref, ref, topic, event,"
                    + " payload], got " + abbreviate(text));
        }
        if (!(list.get(2) instanceof String topic) || !(list.get(3) instanceof String event)) {
            throw new IllegalArgumentException(
                    "the topic and event of a V2 frame must be strings, got " + abbreviate(text));
        }
        Object payload = list.get(4);
        return new Message(
                ref(list.get(0)), ref(list.get(1)), topic, event, payload == null ? java.util.Map.of() : payload);
    }

    private static @Nullable String ref(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static Message decodeBinary(byte[] data) {
        if (data.length < 5 || data[0] != PUSH) {
            throw new IllegalArgumentException("a binary frame from a client must be a push (kind 0) with a 5-byte"
                    + " header, got " + data.length + " bytes of kind " + (data.length == 0 ? "none" : data[0]));
        }
        int joinRefSize = data[1] & 0xff;
        int refSize = data[2] & 0xff;
        int topicSize = data[3] & 0xff;
        int eventSize = data[4] & 0xff;
        int offset = 5;
        if (offset + joinRefSize + refSize + topicSize + eventSize > data.length) {
            throw new IllegalArgumentException("a binary frame's header gives sizes longer than the frame");
        }
        String joinRef = string(data, offset, joinRefSize);
        offset += joinRefSize;
        String ref = string(data, offset, refSize);
        offset += refSize;
        String topic = string(data, offset, topicSize);
        offset += topicSize;
        String event = string(data, offset, eventSize);
        offset += eventSize;
        byte[] payload = Arrays.copyOfRange(data, offset, data.length);
        return new Message(
                joinRef.isEmpty() ? null : joinRef,
                ref.isEmpty() ? null : ref,
                topic,
                event,
                new BinaryPayload(payload));
    }

    private static String string(byte[] data, int offset, int length) {
        return new String(data, offset, length, StandardCharsets.UTF_8);
    }

    private static byte[] binary(byte kind, byte[] payload, @Nullable String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 32);
        out.write(kind);
        List<byte[]> encoded = new ArrayList<>(fields.length);
        for (String field : fields) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 255) {
                throw new IllegalArgumentException("binary frames carry refs, topics, events and statuses of at most"
                        + " 255 bytes, got " + bytes.length + " bytes for \"" + field + "\"");
            }
            encoded.add(bytes);
            out.write(bytes.length);
        }
        encoded.forEach(out::writeBytes);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "..." : text;
    }
}
