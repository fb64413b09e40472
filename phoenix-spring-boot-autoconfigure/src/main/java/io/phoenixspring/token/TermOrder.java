package io.phoenixspring.token;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Erlang's map key order over the Java values {@link EtfEncoder} writes, so that maps are written with their keys in
 * the order {@code term_to_binary} writes them: integer < float < atom < tuple < map < [] < list < binary; integers
 * and floats by value, atoms by name, tuples by size then elements, maps by size then keys then values, lists element
 * by element, binaries byte by byte.
 */
final class TermOrder {

    private TermOrder() {}

    static int compare(@Nullable Object a, @Nullable Object b) {
        int byRank = Integer.compare(rank(a), rank(b));
        if (byRank != 0 || a == null || b == null) {
            return byRank;
        }
        return switch (rank(a)) {
            case 0 -> toBigInteger((Number) a).compareTo(toBigInteger((Number) b));
            case 1 -> Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
            case 2 -> compareBytes(atomName(a), atomName(b));
            case 3 -> compareTuples((Etf.Tuple) a, (Etf.Tuple) b);
            case 4 -> compareMaps((Map<?, ?>) a, (Map<?, ?>) b);
            case 6 -> compareLists((List<?>) a, (List<?>) b);
            case 7 -> compareBytes(binary(a), binary(b));
            default -> 0;
        };
    }

    static BigInteger toBigInteger(Number number) {
        return number instanceof BigInteger big ? big : BigInteger.valueOf(number.longValue());
    }

    private static int rank(@Nullable Object value) {
        if (value == null || value instanceof Boolean || value instanceof Etf.Atom) {
            return 2;
        } else if (EtfEncoder.isInteger(value)) {
            return 0;
        } else if (value instanceof Double || value instanceof Float) {
            return 1;
        } else if (value instanceof Etf.Tuple) {
            return 3;
        } else if (value instanceof Map) {
            return 4;
        } else if (value instanceof List<?> list) {
            return list.isEmpty() ? 5 : 6;
        }
        return 7;
    }

    private static byte[] atomName(@Nullable Object atom) {
        String name = atom == null ? "nil" : atom instanceof Etf.Atom a ? a.name() : atom.toString();
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary(Object value) {
        return value instanceof byte[] bytes ? bytes : value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int compareBytes(byte[] a, byte[] b) {
        int byBytes = Arrays.compareUnsigned(a, b);
        return Integer.signum(byBytes);
    }

    private static int compareTuples(Etf.Tuple a, Etf.Tuple b) {
        int bySize = Integer.compare(a.size(), b.size());
        return bySize != 0 ? bySize : compareLists(a.elements(), b.elements());
    }

    private static int compareLists(List<?> a, List<?> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byElement = compare(a.get(i), b.get(i));
            if (byElement != 0) {
                return byElement;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareMaps(Map<?, ?> a, Map<?, ?> b) {
        int bySize = Integer.compare(a.size(), b.size());
        if (bySize != 0) {
            return bySize;
        }
        List<Map.Entry<?, ?>> left = sorted(a);
        List<Map.Entry<?, ?>> right = sorted(b);
        int byKeys = compareLists(
                left.stream().map(Map.Entry::getKey).toList(),
                right.stream().map(Map.Entry::getKey).toList());
        if (byKeys != 0) {
            return byKeys;
        }
        return compareLists(
                left.stream().map(Map.Entry::getValue).toList(),
                right.stream().map(Map.Entry::getValue).toList());
    }

    private static List<Map.Entry<?, ?>> sorted(Map<?, ?> map) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        entries.sort((x, y) -> compare(x.getKey(), y.getKey()));
        return entries;
    }
}
