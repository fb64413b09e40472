package io.phoenixspring.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EtfTests {

    // ============================================================ encoding

    @Test
    void encodesScalarsAsTermToBinaryDoes() {
        assertThat(hex(Etf.encode(1))).isEqualTo("836101");
        assertThat(hex(Etf.encode(256))).isEqualTo("836200000100");
        assertThat(hex(Etf.encode(-1))).isEqualTo("8362ffffffff");
        assertThat(hex(Etf.encode(2147483648L))).isEqualTo("836e040000000080");
        assertThat(hex(Etf.encode(-2147483649L))).isEqualTo("836e040101000080");
        assertThat(hex(Etf.encode("a"))).isEqualTo("836d0000000161");
        assertThat(hex(Etf.encode(new byte[] {0, (byte) 255}))).isEqualTo("836d0000000200ff");
        assertThat(hex(Etf.encode(true))).isEqualTo("83770474727565");
        assertThat(hex(Etf.encode(null))).isEqualTo("8377036e696c");
        assertThat(hex(Etf.encode(new Etf.Atom("ok")))).isEqualTo("8377026f6b");
        assertThat(hex(Etf.encode(1.5))).isEqualTo("83463ff8000000000000");
    }

    @Test
    void encodesCollectionsAsTermToBinaryDoes() {
        assertThat(hex(Etf.encode(List.of()))).isEqualTo("836a");
        assertThat(hex(Etf.encode(List.of(1, 2, 3)))).isEqualTo("836b0003010203");
        assertThat(hex(Etf.encode(List.of(1, 256)))).isEqualTo("836c0000000261016200000100" + "6a");
        assertThat(hex(Etf.encode(Map.of()))).isEqualTo("837400000000");
        assertThat(hex(Etf.encode(Etf.Tuple.of(new Etf.Atom("ok"), 1)))).isEqualTo("8368027702" + "6f6b6101");
    }

    @Test
    void longListsOfSmallIntegersAreNotCharlists() {
        List<Integer> list = Collections.nCopies(65536, 1);

        assertThat(Etf.encode(list)[1]).isEqualTo((byte) EtfEncoder.LIST);
        assertThat(Etf.encode(Collections.nCopies(65535, 1))[1]).isEqualTo((byte) EtfEncoder.STRING);
    }

    @Test
    void mapKeysAreWrittenInErlangsMapKeyOrder() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("ab", 2);
        map.put(1.0, 3);
        map.put(BigInteger.TWO.pow(70), 4);
        map.put(new Etf.Atom("zz"), 5);
        map.put(false, 6);

        Object decoded = Etf.decode(Etf.encode(map));

        assertThat(new ArrayList<Object>(((Map<?, ?>) decoded).keySet()))
                .containsExactly(BigInteger.TWO.pow(70), 1.0, false, "zz", "ab", "b");
    }

    @Test
    void largeTuplesAndBigIntegers() {
        Etf.Tuple big = new Etf.Tuple(new ArrayList<>(Collections.nCopies(300, 7)));
        BigInteger huge = BigInteger.TWO.pow(2100).negate();

        assertThat(Etf.encode(big)[1]).isEqualTo((byte) EtfEncoder.LARGE_TUPLE);
        assertThat(Etf.encode(huge)[1]).isEqualTo((byte) EtfEncoder.LARGE_BIG);
        assertThat(Etf.decode(Etf.encode(big))).isEqualTo(big);
        assertThat(Etf.decode(Etf.encode(huge))).isEqualTo(huge);
    }

    @Test
    void unsupportedJavaValuesAreRejectedWithWhatToDo() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Etf.encode(new Object()))
                .withMessageContaining("cannot encode a java.lang.Object")
                .withMessageContaining("convert it");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Etf.encode(Double.NaN))
                .withMessageContaining("finite");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Etf.encode(Map.of("x", Double.POSITIVE_INFINITY)))
                .withMessageContaining("finite");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Etf.Atom("a".repeat(256)))
                .withMessageContaining("255");
    }

    @Test
    void cyclesAreRejected() {
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);

        assertThatIllegalArgumentException().isThrownBy(() -> Etf.encode(cycle)).withMessageContaining("cycle");
    }

    // ============================================================ round trips

    @Test
    void valuesRoundTrip() {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("id", 42);
        map.put("name", "José 🐦");
        map.put("nothing", null);
        map.put("ratio", -0.25);
        map.put("long", Long.MAX_VALUE);
        map.put("big", BigInteger.TEN.pow(40));
        map.put("roles", List.of("admin", List.of(), List.of(1, 2), Arrays.asList(null, true, false)));
        map.put("pair", Etf.Tuple.of("x", Etf.Tuple.of()));
        map.put("nested", Map.of(1, Map.of("deep", List.of(300))));

        assertThat(Etf.decode(Etf.encode(map))).isEqualTo(map);
    }

    @Test
    void integersDecodeToTheNarrowestType() {
        assertThat(Etf.decode(Etf.encode(5L))).isEqualTo(5);
        assertThat(Etf.decode(Etf.encode(Integer.MIN_VALUE))).isEqualTo(Integer.MIN_VALUE);
        assertThat(Etf.decode(Etf.encode(Integer.MAX_VALUE + 1L))).isEqualTo(Integer.MAX_VALUE + 1L);
        assertThat(Etf.decode(Etf.encode(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
        assertThat(Etf.decode(Etf.encode(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))))
                .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
    }

    @Test
    void atomsDecodeAsStringsAndBinariesThatAreNotUtf8AsBytes() {
        assertThat(Etf.decode(Etf.encode(new Etf.Atom("admin")))).isEqualTo("admin");
        assertThat(Etf.decode(bytes("8364000668c3a96c6c6f"))).isEqualTo("hÃ©llo"); // ATOM_EXT is Latin-1
        assertThat(Etf.decode(bytes("83730161"))).isEqualTo("a");
        assertThat(Etf.decode(bytes("8376000161"))).isEqualTo("a");
        assertThat((byte[]) Etf.decode(Etf.encode(new byte[] {(byte) 0xff, 0}))).containsExactly(0xff, 0);
        assertThat(Etf.decode(bytes("836b00026869"))).isEqualTo(List.of(104, 105));
    }

    @Test
    void decodedCollectionsAreUnmodifiable() {
        Object decoded = Etf.decode(Etf.encode(Map.of("l", List.of("a", 300))));

        assertThat(decoded).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) decoded;
        assertThat(map.get("l")).isInstanceOf(List.class);
        org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(map::clear);
        org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> ((List<?>) map.get("l")).clear());
    }

    // ============================================================ hostile input

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", // nothing
                "84", // wrong version
                "83", // version only
                "8370", // NEW_FUN
                "8371", // EXPORT
                "8375", // FUN
                "8358", // NEW_PID
                "835a", // NEWER_REFERENCE
                "8359", // NEW_PORT
                "834d0000000101ff", // BIT_BINARY
                "835000000010789c", // compressed
                "83c8", // unknown tag
                "836101ff", // trailing bytes
                "836d0000000561", // binary shorter than its length
                "836c00000001610161", // improper list
                "836e05000102", // small big shorter than its length
                "8363", // FLOAT_EXT (old, textual)
            })
    void malformedOrExecutableTermsAreRejected(String hex) {
        assertThatIllegalArgumentException().isThrownBy(() -> Etf.decode(bytes(hex)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "836cffffffff", // list of 4 billion elements
                "836c7fffffff6a", // list of 2^31-1 elements
                "8374ffffffff", // map of 4 billion pairs
                "8369ffffffff", // tuple of 4 billion elements
                "836dffffffff00", // binary of 4 GB
                "836fffffffff00", // big integer of 4 GB
                "8376ffff61", // atom of 64 KB
                "836bffff01", // charlist of 64 KB
            })
    void hugeLengthsAreRejectedBeforeAnythingIsAllocated(String hex) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Etf.decode(bytes(hex)))
                .withMessageContaining("larger than");
    }

    @Test
    void deepNestingIsRejectedWithoutOverflowingTheStack() {
        byte[] deep = new byte[1 + 100_000 * 6];
        deep[0] = (byte) 131;
        for (int i = 0; i < 100_000; i++) {
            System.arraycopy(bytes("6c00000001"), 0, deep, 1 + i * 5, 5);
        }

        assertThatIllegalArgumentException().isThrownBy(() -> Etf.decode(deep)).withMessageContaining("nested");
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
