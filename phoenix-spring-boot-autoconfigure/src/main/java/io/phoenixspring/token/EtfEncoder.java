package io.phoenixspring.token;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes Java values as {@code term_to_binary} on OTP 26+ does; see {@link Etf}. */
final class EtfEncoder {

    static final int VERSION = 131;
    static final int NEW_FLOAT = 70;
    static final int SMALL_INTEGER = 97;
    static final int INTEGER = 98;
    static final int ATOM = 100;
    static final int SMALL_TUPLE = 104;
    static final int LARGE_TUPLE = 105;
    static final int NIL = 106;
    static final int STRING = 107;
    static final int LIST = 108;
    static final int BINARY = 109;
    static final int SMALL_BIG = 110;
    static final int LARGE_BIG = 111;
    static final int MAP = 116;
    static final int SMALL_ATOM = 115;
    static final int ATOM_UTF8 = 118;
    static final int SMALL_ATOM_UTF8 = 119;
    static final int MAX_DEPTH = 512;

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    byte[] encode(@Nullable Object value) {
        out.write(VERSION);
        write(value, 0);
        return out.toByteArray();
    }

    private void write(@Nullable Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("cannot encode a value nested more than " + MAX_DEPTH
                    + " levels deep as an Erlang term (is there a cycle?); flatten the data");
        }
        if (value == null) {
            atom("nil");
        } else if (value instanceof Boolean b) {
            atom(b.toString());
        } else if (value instanceof Etf.Atom a) {
            atom(a.name());
        } else if (value instanceof String s) {
            binary(s.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof byte[] bytes) {
            binary(bytes);
        } else if (isInteger(value)) {
            integer(TermOrder.toBigInteger((Number) value));
        } else if (value instanceof Float || value instanceof Double) {
            newFloat(((Number) value).doubleValue());
        } else if (value instanceof List<?> list) {
            list(list, depth);
        } else if (value instanceof Map<?, ?> map) {
            map(map, depth);
        } else if (value instanceof Etf.Tuple tuple) {
            tuple(tuple, depth);
        } else {
            throw new IllegalArgumentException(
                    "cannot encode a " + value.getClass().getName()
                            + " as an Erlang term; expected a String, byte[], integer, float, Boolean, null, Etf.Atom, List,"
                            + " Map or Etf.Tuple; convert it to one of these (e.g. a Map of its fields) first");
        }
    }

    static boolean isInteger(Object value) {
        return value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger;
    }

    private void atom(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= 255) {
            out.write(SMALL_ATOM_UTF8);
            out.write(utf8.length);
        } else {
            out.write(ATOM_UTF8);
            u16(utf8.length);
        }
        out.writeBytes(utf8);
    }

    private void binary(byte[] bytes) {
        out.write(BINARY);
        u32(bytes.length);
        out.writeBytes(bytes);
    }

    private void integer(BigInteger value) {
        if (isByte(value)) {
            out.write(SMALL_INTEGER);
            out.write(value.intValue());
        } else if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
            out.write(INTEGER);
            u32(value.intValue());
        } else {
            big(value);
        }
    }

    /** Sign byte, then the magnitude's bytes little-endian. */
    private void big(BigInteger value) {
        byte[] magnitude = value.abs().toByteArray();
        int start = magnitude[0] == 0 ? 1 : 0;
        int n = magnitude.length - start;
        if (n <= 255) {
            out.write(SMALL_BIG);
            out.write(n);
        } else {
            out.write(LARGE_BIG);
            u32(n);
        }
        out.write(value.signum() < 0 ? 1 : 0);
        for (int i = magnitude.length - 1; i >= start; i--) {
            out.write(magnitude[i]);
        }
    }

    private void newFloat(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "cannot encode " + value + " as an Erlang term: Erlang floats are finite; send null or a string");
        }
        out.write(NEW_FLOAT);
        long bits = Double.doubleToLongBits(value);
        u32((int) (bits >>> 32));
        u32((int) bits);
    }

    private void list(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.write(NIL);
        } else if (isByteString(list)) {
            out.write(STRING);
            u16(list.size());
            list.forEach(b -> out.write(((Number) b).intValue()));
        } else {
            out.write(LIST);
            u32(list.size());
            list.forEach(element -> write(element, depth + 1));
            out.write(NIL);
        }
    }

    /** What {@code term_to_binary} writes as {@code STRING_EXT}: up to 65535 integers in 0..255. */
    private static boolean isByteString(List<?> list) {
        return list.size() <= 65535
                && list.stream().allMatch(e -> e != null && isInteger(e) && isByte(TermOrder.toBigInteger((Number) e)));
    }

    private static boolean isByte(BigInteger value) {
        return value.signum() >= 0 && value.bitLength() <= 8;
    }

    private void map(Map<?, ?> map, int depth) {
        out.write(MAP);
        u32(map.size());
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        entries.sort((a, b) -> TermOrder.compare(a.getKey(), b.getKey()));
        for (Map.Entry<?, ?> entry : entries) {
            write(entry.getKey(), depth + 1);
            write(entry.getValue(), depth + 1);
        }
    }

    private void tuple(Etf.Tuple tuple, int depth) {
        if (tuple.size() <= 255) {
            out.write(SMALL_TUPLE);
            out.write(tuple.size());
        } else {
            out.write(LARGE_TUPLE);
            u32(tuple.size());
        }
        tuple.elements().forEach(element -> write(element, depth + 1));
    }

    private void u16(int value) {
        out.write(value >>> 8);
        out.write(value);
    }

    private void u32(int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
