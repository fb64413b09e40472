package io.phoenixspring.conn;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Query strings and form bodies, decoded into nested params and encoded back, as {@code Plug.Conn.Query}.
 *
 * <p>{@code user[name]=a&user[tags][]=x&user[tags][]=y} decodes to
 * {@code {"user": {"name": "a", "tags": ["x", "y"]}}}. Keys are always strings; a later plain value for the same key
 * wins; {@code key[]} collects a list; {@code key[][field]} starts a new map in the list each time.
 */
public final class Query {

    private Query() {}

    /**
     * Decodes a query string or {@code application/x-www-form-urlencoded} body.
     *
     * @throws BadRequestException when a percent escape is malformed or the bytes are not UTF-8
     */
    public static Map<String, Object> decode(@Nullable String query) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        int start = 0;
        int length = query.length();
        while (start <= length) {
            int amp = query.indexOf('&', start);
            int end = amp < 0 ? length : amp;
            if (end > start) {
                String pair = query.substring(start, end);
                int eq = pair.indexOf('=');
                String key = decodeComponent(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? null : decodeComponent(pair.substring(eq + 1));
                decodePair(key, value, params);
            }
            start = end + 1;
        }
        return params;
    }

    /**
     * Puts one decoded {@code key=value} pair into {@code params}, following the nesting of the key's brackets.
     */
    public static void decodePair(String key, @Nullable Object value, Map<String, Object> params) {
        if (!key.isEmpty() && key.charAt(key.length() - 1) == ']') {
            int open = key.indexOf('[');
            if (open > 0) {
                List<String> path = new ArrayList<>();
                path.add(key.substring(0, open));
                for (String part : key.substring(open + 1, key.length() - 1).split("\\]\\[", -1)) {
                    path.add(part);
                }
                assign(params, path, 0, value);
                return;
            }
        }
        assignScalar(params, key, value);
    }

    @SuppressWarnings("unchecked")
    private static void assign(Map<String, Object> map, List<String> path, int index, @Nullable Object value) {
        String key = path.get(index);
        if (index == path.size() - 1) {
            assignScalar(map, key, value);
            return;
        }
        String next = path.get(index + 1);
        Object current = map.get(key);
        if (next.isEmpty()) {
            List<Object> list = current instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
            map.put(key, list);
            if (index + 1 == path.size() - 1) {
                if (value != null) {
                    list.add(value);
                }
            } else {
                Map<String, Object> element = new LinkedHashMap<>();
                assign(element, path, index + 2, value);
                list.add(element);
            }
            return;
        }
        Map<String, Object> child = current instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        map.put(key, child);
        assign(child, path, index + 1, value);
    }

    private static void assignScalar(Map<String, Object> map, String key, @Nullable Object value) {
        Object current = map.get(key);
        if (current instanceof Map<?, ?> || current instanceof List<?>) {
            return;
        }
        map.put(key, value);
    }

    /**
     * Decodes one {@code application/x-www-form-urlencoded} component: {@code +} is a space, {@code %XX} a byte, and
     * the bytes must be UTF-8.
     */
    public static String decodeComponent(String encoded) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return encoded;
        }
        return percentDecode(encoded, true, "query string");
    }

    /** Percent-decodes one path segment ({@code +} stays a plus), as {@code URI.decode}. */
    public static String decodePathSegment(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        return percentDecode(segment, false, "URI path");
    }

    private static String percentDecode(String encoded, boolean plusIsSpace, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int hi = i + 2 < encoded.length() ? hexDigit(encoded.charAt(i + 1)) : -1;
                int lo = hi >= 0 ? hexDigit(encoded.charAt(i + 2)) : -1;
                if (hi < 0 || lo < 0) {
                    throw new BadRequestException("malformed " + what + ": invalid percent escape in \"" + encoded
                            + "\"; encode a literal % as %25");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
                byte[] raw = encoded.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("invalid UTF-8 in " + what + " \"" + encoded + "\"; send UTF-8 bytes", e);
        }
    }

    /** The value of ASCII hex digit {@code c}, or -1; unlike {@link Character#digit} no other script's digits. */
    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    /**
     * Encodes params as a query string, nested maps and lists as {@code a[b]=1} and {@code a[]=1}, in the map's
     * order. Spaces become {@code +}.
     *
     * @throws IllegalArgumentException for a map of other than one entry inside a list, as Plug
     */
    public static String encode(Map<?, ?> params) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<?, ?> entry : params.entrySet()) {
            encodeValue(out, encodeComponent(String.valueOf(entry.getKey())), entry.getValue());
        }
        return out.toString();
    }

    private static void encodeValue(StringBuilder out, String key, @Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                encodeValue(out, key + "[" + encodeComponent(String.valueOf(entry.getKey())) + "]", entry.getValue());
            }
        } else if (value instanceof Iterable<?> list) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> map && map.size() != 1) {
                    throw new IllegalArgumentException("cannot encode maps inside lists when the map has 0 or more"
                            + " than 1 elements, got: " + map + "; a[][k]=v cannot tell where one map ends, so give"
                            + " maps of one entry or a map of maps");
                }
                encodeValue(out, key + "[]", element);
            }
        } else {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(key).append('=').append(encodeComponent(value == null ? "" : Param.toParam(value)));
        }
    }

    /** Encodes one component for a query string: unreserved characters stay, a space is {@code +}. */
    public static String encodeComponent(String value) {
        return encode(value, true);
    }

    /** Encodes one path segment: only unreserved characters stay ({@code "a b/c"} gives {@code a%20b%2Fc}). */
    public static String encodePathSegment(String value) {
        return encode(value, false);
    }

    private static String encode(String value, boolean spaceAsPlus) {
        StringBuilder out = null;
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean unreserved = (b >= 'a' && b <= 'z')
                    || (b >= 'A' && b <= 'Z')
                    || (b >= '0' && b <= '9')
                    || b == '-'
                    || b == '.'
                    || b == '_'
                    || b == '~';
            if (unreserved && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(bytes.length + 16);
                out.append(new String(bytes, 0, i, StandardCharsets.UTF_8));
            }
            if (unreserved) {
                out.append((char) b);
            } else if (b == ' ' && spaceAsPlus) {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out == null ? value : out.toString();
    }
}
