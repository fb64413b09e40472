package io.phoenixspring.channel;

import org.jspecify.annotations.Nullable;

/**
 * A WebSocket frame's content: text or binary.
 *
 * @param text the text of a text frame, or null
 * @param binary the bytes of a binary frame, or null
 */
public record Frame(@Nullable String text, byte @Nullable [] binary) {

    /** A text frame. */
    public static Frame text(String text) {
        return new Frame(text, null);
    }

    /** A binary frame. */
    public static Frame binary(byte[] data) {
        return new Frame(null, data);
    }

    /** Whether this is a binary frame. */
    public boolean isBinary() {
        return binary != null;
    }

    /** The frame's size in bytes (text counted in UTF-16 units, a close enough measure for buffering). */
    public int size() {
        return binary != null ? binary.length : text == null ? 0 : text.length();
    }
}
