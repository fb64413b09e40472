package io.phoenixspring.benchmarks.ws;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** RFC 6455 framing, as much as the harness needs: client frames are masked, server frames are not. */
final class WsFrames {

    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private WsFrames() {}

    /** A client's text frame, masked with a fresh key. */
    static ByteBuffer maskedText(String text) {
        return masked(TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A client's frame, masked with a fresh key. */
    static ByteBuffer masked(int opcode, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 14);
        frame.put((byte) (0x80 | opcode));
        putLength(frame, payload.length, 0x80);
        int key = ThreadLocalRandom.current().nextInt();
        frame.putInt(key);
        for (int i = 0; i < payload.length; i++) {
            frame.put((byte) (payload[i] ^ (key >>> (24 - 8 * (i & 3)))));
        }
        return frame.flip();
    }

    /** A server's text frame, unmasked. */
    static ByteBuffer unmaskedText(byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 10);
        frame.put((byte) (0x80 | TEXT));
        putLength(frame, payload.length, 0);
        return frame.put(payload).flip();
    }

    private static void putLength(ByteBuffer frame, int length, int maskBit) {
        if (length < 126) {
            frame.put((byte) (maskBit | length));
        } else if (length < 65_536) {
            frame.put((byte) (maskBit | 126)).putShort((short) length);
        } else {
            frame.put((byte) (maskBit | 127)).putLong(length);
        }
    }

    /** The {@code Sec-WebSocket-Accept} answer to a {@code Sec-WebSocket-Key}. */
    static String acceptKey(String key) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1").digest((key.trim() + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-1, which every Java SE JVM must have", e);
        }
    }

    /** A fresh {@code Sec-WebSocket-Key}: 16 random bytes in base64. */
    static String newKey() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
