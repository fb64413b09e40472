package io.phoenixspring.token;

import static io.phoenixspring.token.EtfEncoder.ATOM;
import static io.phoenixspring.token.EtfEncoder.ATOM_UTF8;
import static io.phoenixspring.token.EtfEncoder.BINARY;
import static io.phoenixspring.token.EtfEncoder.INTEGER;
import static io.phoenixspring.token.EtfEncoder.LARGE_BIG;
import static io.phoenixspring.token.EtfEncoder.LARGE_TUPLE;
import static io.phoenixspring.token.EtfEncoder.LIST;
import static io.phoenixspring.token.EtfEncoder.MAP;
import static io.phoenixspring.token.EtfEncoder.MAX_DEPTH;
import static io.phoenixspring.token.EtfEncoder.NEW_FLOAT;
import static io.phoenixspring.token.EtfEncoder.NIL;
import static io.phoenixspring.token.EtfEncoder.SMALL_ATOM;
import static io.phoenixspring.token.EtfEncoder.SMALL_ATOM_UTF8;
import static io.phoenixspring.token.EtfEncoder.SMALL_BIG;
import static io.phoenixspring.token.EtfEncoder.SMALL_INTEGER;
import static io.phoenixspring.token.EtfEncoder.SMALL_TUPLE;
import static io.phoenixspring.token.EtfEncoder.STRING;
import static io.phoenixspring.token.EtfEncoder.VERSION;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one term, bounded: every length is checked against the bytes left before anything is allocated, and nesting
 * is limited, so a hostile payload costs no more than its own size. See {@link Etf}.
 */
final class EtfDecoder {

    private final byte[] in;
    private final boolean keepAtoms;
    private int at;

    private EtfDecoder(byte[] in, boolean keepAtoms) {
        this.in = in;
        this.keepAtoms = keepAtoms;
    }

    /**
     * @param keepAtoms whether atoms other than true, false and nil come back as {@link Etf.Atom} rather than strings
     */
    static @Nullable Object decode(byte[] bytes, boolean keepAtoms) {
        EtfDecoder decoder = new EtfDecoder(bytes, keepAtoms);
        if (decoder.u8() != VERSION) {
            throw new IllegalArgumentException("expected the external term format version byte 131 first, got "
                    + Byte.toUnsignedInt(bytes[0]) + "; pass the bytes of :erlang.term_to_binary/1");
        }
        Object term = decoder.term(0);
        if (decoder.at != bytes.length) {
            throw new IllegalArgumentException("expected one term, but " + (bytes.length - decoder.at)
                    + " bytes follow it; pass the bytes of a single :erlang.term_to_binary/1 call");
        }
        return term;
    }

    private @Nullable Object term(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("term nested more than " + MAX_DEPTH + " levels deep");
        }
        int tag = u8();
        return switch (tag) {
            case SMALL_INTEGER -> u8();
            case INTEGER -> s32();
            case SMALL_BIG -> big(u8());
            case LARGE_BIG -> big(length(u32(), 1));
            case NEW_FLOAT -> Double.longBitsToDouble(((long) s32() << 32) | (s32() & 0xFFFFFFFFL));
            case ATOM -> atom(new String(bytes(u16()), StandardCharsets.ISO_8859_1));
            case SMALL_ATOM -> atom(new String(bytes(u8()), StandardCharsets.ISO_8859_1));
            case ATOM_UTF8 -> atom(new String(bytes(u16()), StandardCharsets.UTF_8));
            case SMALL_ATOM_UTF8 -> atom(new String(bytes(u8()), StandardCharsets.UTF_8));
            case BINARY -> binary(bytes(u32()));
            case SMALL_TUPLE -> tuple(u8(), depth);
            case LARGE_TUPLE -> tuple(length(u32(), 1), depth);
            case NIL -> List.of();
            case STRING -> charlist(bytes(u16()));
            case LIST -> list(length(u32(), 1), depth);
            case MAP -> map(length(u32(), 2), depth);
            default ->
                throw new IllegalArgumentException("unsupported or executable term (tag " + tag + ") at byte "
                        + (at - 1) + "; only numbers, atoms, binaries, lists, maps and tuples are accepted");
        };
    }

    private Object big(int n) {
        int sign = u8();
        byte[] littleEndian = bytes(n);
        byte[] bigEndian = new byte[n];
        for (int i = 0; i < n; i++) {
            bigEndian[i] = littleEndian[n - 1 - i];
        }
        return narrowest(new BigInteger(sign == 0 ? 1 : -1, bigEndian));
    }

    static Object narrowest(BigInteger value) {
        if (value.bitLength() < 32) {
            return value.intValue();
        }
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private @Nullable Object atom(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "nil" -> null;
            default -> keepAtoms ? new Etf.Atom(text) : text;
        };
    }

    private static Object binary(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return bytes;
        }
    }

    private Etf.Tuple tuple(int arity, int depth) {
        length(arity, 1);
        List<@Nullable Object> elements = new ArrayList<>(arity);
        for (int i = 0; i < arity; i++) {
            elements.add(term(depth + 1));
        }
        return new Etf.Tuple(elements);
    }

    private static List<Object> charlist(byte[] bytes) {
        List<Object> list = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            list.add(Byte.toUnsignedInt(b));
        }
        return Collections.unmodifiableList(list);
    }

    private List<@Nullable Object> list(int length, int depth) {
        List<@Nullable Object> list = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            list.add(term(depth + 1));
        }
        if (u8() != NIL) {
            throw new IllegalArgumentException("improper lists are not supported (byte " + (at - 1) + ")");
        }
        return Collections.unmodifiableList(list);
    }

    private Map<@Nullable Object, @Nullable Object> map(int arity, int depth) {
        Map<@Nullable Object, @Nullable Object> map = new LinkedHashMap<>();
        for (int i = 0; i < arity; i++) {
            Object key = term(depth + 1);
            map.put(key, term(depth + 1));
        }
        return Collections.unmodifiableMap(map);
    }

    /** {@code count} items of at least {@code minBytes} each must fit in what is left. */
    private int length(long count, int minBytes) {
        if (count < 0 || count * minBytes > in.length - at) {
            throw new IllegalArgumentException("a length of " + count + " at byte " + at + " is larger than the "
                    + (in.length - at) + " bytes left; the term is truncated or forged");
        }
        return (int) count;
    }

    private byte[] bytes(long n) {
        length(n, 1);
        byte[] bytes = Arrays.copyOfRange(in, at, at + (int) n);
        at += (int) n;
        return bytes;
    }

    private int u8() {
        length(1, 1);
        return Byte.toUnsignedInt(in[at++]);
    }

    private int u16() {
        return (u8() << 8) | u8();
    }

    private int s32() {
        return (u8() << 24) | (u8() << 16) | (u8() << 8) | u8();
    }

    private long u32() {
        return s32() & 0xFFFFFFFFL;
    }
}
