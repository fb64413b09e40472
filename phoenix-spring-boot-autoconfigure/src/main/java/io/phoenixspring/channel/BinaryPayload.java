package io.phoenixspring.channel;

/**
 * A binary payload: sent as a binary frame by the V2 serializer, as Phoenix's {@code {:binary, data}}.
 *
 * @param data the bytes
 */
public record BinaryPayload(byte[] data) {}
