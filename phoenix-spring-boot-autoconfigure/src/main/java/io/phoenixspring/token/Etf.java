package io.phoenixspring.token;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Erlang's External Term Format, the bytes of {@code :erlang.term_to_binary/1}: what a {@code Phoenix.Token} carries,
 * so that tokens pass between Java and Elixir applications sharing a secret key base.
 *
 * <p>Encoding maps Java values to terms:
 *
 * <ul>
 *   <li>{@code String} and {@code byte[]} → binary (an Elixir string);
 *   <li>{@code Byte}, {@code Short}, {@code Integer}, {@code Long}, {@code BigInteger} → integer;
 *   <li>{@code Float}, {@code Double} → float (finite only);
 *   <li>{@code Boolean} → {@code true}/{@code false}, {@code null} → {@code nil}, {@link Atom} → atom;
 *   <li>{@code List} → list, {@code Map} → map, {@link Tuple} → tuple.
 * </ul>
 *
 * <p>The bytes are those {@code term_to_binary} writes on OTP 26 and later (atoms as {@code SMALL_ATOM_UTF8_EXT},
 * lists of small integers as {@code STRING_EXT}, map keys of small maps in Erlang's map key order), so a token signed
 * here is byte for byte the token Phoenix signs for the same term. The one exception: OTP 26+ orders atom keys of a
 * map by an internal index, which Java cannot know; the token is still valid for Elixir.
 *
 * <p>Decoding maps terms back: binaries are {@code String} when they are valid UTF-8, {@code byte[]} otherwise;
 * integers the narrowest of {@code Integer}, {@code Long} and {@code BigInteger}; floats {@code Double}; atoms
 * {@code Boolean} for {@code true}/{@code false}, {@code null} for {@code nil} and their name as a {@code String}
 * otherwise; lists unmodifiable {@code List}s (charlists too); maps unmodifiable {@code Map}s in the order of the
 * bytes; tuples {@link Tuple}s. Anything else (funs, pids, references, ports, bit strings, improper lists, compressed
 * terms) is rejected, like {@code Plug.Crypto.non_executable_binary_to_term/2}, and so is any length larger than the
 * bytes left, so a hostile payload cannot make the decoder allocate more than it sent.
 *
 * <pre>{@code
 * byte[] bytes = Etf.encode(Map.of("user_id", 42));
 * Object back = Etf.decode(bytes); // {user_id=42}
 * }</pre>
 *
 * @see <a href="https://www.erlang.org/doc/apps/erts/erl_ext_dist.html">External Term Format</a>
 */
public final class Etf {

    private Etf() {}

    /**
     * The external term format of {@code value}, with the version byte 131 first.
     *
     * @throws IllegalArgumentException when {@code value} holds a type that has no term (the message names it and
     *     the types that do), a non-finite float, or is nested more than 512 levels deep (a cycle)
     */
    public static byte[] encode(@Nullable Object value) {
        return new EtfEncoder().encode(value);
    }

    /**
     * The Java value of the term in {@code bytes}, as the class summary maps it.
     *
     * @throws IllegalArgumentException when the bytes are not one whole, non-executable term
     */
    public static @Nullable Object decode(byte[] bytes) {
        return EtfDecoder.decode(bytes, false);
    }

    /** An Erlang atom, for encoding (decoding gives atoms as strings); {@code :ok} is {@code new Atom("ok")}. */
    public record Atom(String name) {

        /** @throws IllegalArgumentException when the name is longer than Erlang's 255 characters */
        public Atom {
            if (name.codePointCount(0, name.length()) > 255) {
                throw new IllegalArgumentException("Erlang atoms have at most 255 characters, but \"" + name + "\" has "
                        + name.codePointCount(0, name.length()) + "; use a String (a binary) instead");
            }
        }

        byte[] utf8() {
            return name.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return ":" + name;
        }
    }

    /** An Erlang tuple such as {@code {:ok, "x"}}; its elements may be null ({@code nil}). */
    public record Tuple(List<@Nullable Object> elements) {

        public Tuple {
            elements = Collections.unmodifiableList(new ArrayList<>(elements));
        }

        /** The tuple of {@code elements}, e.g. {@code Tuple.of(new Atom("ok"), "x")}. */
        public static Tuple of(@Nullable Object... elements) {
            return new Tuple(Arrays.asList(elements));
        }

        /** The element at {@code index}, zero based (Erlang's {@code elem/2}). */
        public @Nullable Object get(int index) {
            return elements.get(index);
        }

        /** The number of elements. */
        public int size() {
            return elements.size();
        }

        @Override
        public String toString() {
            return "{"
                    + String.join(", ", elements.stream().map(String::valueOf).toList()) + "}";
        }
    }
}
