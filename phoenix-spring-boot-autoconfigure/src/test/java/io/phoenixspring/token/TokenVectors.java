package io.phoenixspring.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code token/vectors.json}, made by {@code token/generate-vectors.escript} on a real Erlang runtime. */
final class TokenVectors {

    private static final JsonNode VECTORS = load();

    private TokenVectors() {}

    static Stream<Arguments> sign() {
        return named(VECTORS.get("sign"));
    }

    static Stream<Arguments> signable() {
        return sign().filter(a -> ((JsonNode) a.get()[1]).get("signable").asBoolean());
    }

    static Stream<Arguments> encrypt() {
        return named(VECTORS.get("encrypt"));
    }

    static JsonNode vector(String name) {
        for (JsonNode group : List.of(VECTORS.get("sign"), VECTORS.get("encrypt"))) {
            for (JsonNode vector : group) {
                if (vector.get("name").asString().equals(name)) {
                    return vector;
                }
            }
        }
        throw new IllegalArgumentException("no vector named " + name);
    }

    private static Stream<Arguments> named(JsonNode vectors) {
        return vectors.values().stream().map(v -> Arguments.of(v.get("name").asString(), v));
    }

    /** The Java value to sign for a data description: atoms as {@link Etf.Atom}. */
    static @Nullable Object toSign(JsonNode description) {
        return value(description, true);
    }

    /** The Java value verification gives for a data description: atoms as strings, byte[] as "bytes:<hex>". */
    static @Nullable Object decoded(JsonNode description) {
        return value(description, false);
    }

    /** Replaces byte arrays (which compare by identity) by "bytes:<hex>", recursively. */
    static @Nullable Object comparable(@Nullable Object value) {
        if (value instanceof byte[] bytes) {
            return "bytes:" + HexFormat.of().formatHex(bytes);
        } else if (value instanceof List<?> list) {
            List<@Nullable Object> copy = new ArrayList<>();
            list.forEach(e -> copy.add(comparable(e)));
            return copy;
        } else if (value instanceof Etf.Tuple tuple) {
            return new Etf.Tuple(castList(comparable(tuple.elements())));
        } else if (value instanceof Map<?, ?> map) {
            Map<@Nullable Object, @Nullable Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(comparable(k), comparable(v)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<@Nullable Object> castList(@Nullable Object list) {
        return (List<@Nullable Object>) list;
    }

    static byte[] hex(JsonNode node) {
        return HexFormat.of().parseHex(node.asString());
    }

    static KeyDigest digest(JsonNode vector) {
        return KeyDigest.valueOf(vector.get("keyDigest").asString().toUpperCase(java.util.Locale.ROOT));
    }

    /** A vector's or check's max age: null when absent, {@link PhoenixToken#INFINITY}, or seconds. */
    static @Nullable Duration maxAge(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        } else if (node.isString()) {
            return PhoenixToken.INFINITY;
        }
        return Duration.ofSeconds(node.asLong());
    }

    private static @Nullable Object value(JsonNode description, boolean forSigning) {
        String type = description.propertyNames().iterator().next();
        JsonNode v = description.get(type);
        switch (type) {
            case "int":
                return EtfDecoder.narrowest(new BigInteger(v.asString()));
            case "float":
                return Double.parseDouble(v.asString());
            case "bin":
                return v.asString();
            case "bytes":
                return forSigning ? hex(v) : comparable(hex(v));
            case "atom":
                return atom(v.asString(), forSigning);
            case "list":
                List<@Nullable Object> list = new ArrayList<>();
                v.forEach(e -> list.add(value(e, forSigning)));
                return list;
            case "tuple":
                List<@Nullable Object> elements = new ArrayList<>();
                v.forEach(e -> elements.add(value(e, forSigning)));
                return new Etf.Tuple(elements);
            case "map":
                Map<@Nullable Object, @Nullable Object> map = new LinkedHashMap<>();
                v.forEach(pair -> map.put(value(pair.get(0), forSigning), value(pair.get(1), forSigning)));
                return map;
            default:
                throw new IllegalArgumentException("unknown data type " + type);
        }
    }

    private static @Nullable Object atom(String name, boolean forSigning) {
        switch (name) {
            case "true":
                return true;
            case "false":
                return false;
            case "nil":
                return null;
            default:
                return forSigning ? new Etf.Atom(name) : name;
        }
    }

    private static JsonNode load() {
        try (InputStream in = TokenVectors.class.getResourceAsStream("/token/vectors.json")) {
            if (in == null) {
                throw new IllegalStateException("token/vectors.json is missing from the test resources");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
