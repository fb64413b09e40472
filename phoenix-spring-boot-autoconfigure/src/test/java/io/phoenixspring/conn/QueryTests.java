package io.phoenixspring.conn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTests {

    // ---------------------------------------------------------------- decode

    @Test
    void nestedKeysDecodeIntoNestedMapsAndLists() {
        Map<String, Object> params = Query.decode("user[name]=a&user[tags][]=x&user[tags][]=y");

        assertThat(params).isEqualTo(Map.of("user", Map.of("name", "a", "tags", List.of("x", "y"))));
    }

    @Test
    void listOfMapsStartsANewMapForEachEntry() {
        Map<String, Object> params = Query.decode("a[][b]=1&a[][b]=2");

        assertThat(params).isEqualTo(Map.of("a", List.of(Map.of("b", "1"), Map.of("b", "2"))));
    }

    @Test
    void deeplyNestedKeysDecode() {
        Map<String, Object> params = Query.decode("a[b][c][d]=1");

        assertThat(params).isEqualTo(Map.of("a", Map.of("b", Map.of("c", Map.of("d", "1")))));
    }

    @Test
    void laterPlainValueWins() {
        assertThat(Query.decode("foo=bar&foo=baz")).containsExactly(entry("foo", "baz"));
    }

    @Test
    void keysKeepTheOrderTheyCameIn() {
        assertThat(Query.decode("c=1&a=2&b=3")).containsExactly(entry("c", "1"), entry("a", "2"), entry("b", "3"));
    }

    @Test
    void plusIsASpace() {
        assertThat(Query.decode("q=hello+world&a+b=c")).containsExactly(entry("q", "hello world"), entry("a b", "c"));
    }

    @Test
    void percentEscapesAreDecodedAsUtf8() {
        assertThat(Query.decode("name=Jos%C3%A9&sym=%2B%26%3D%25&k%5Bx%5D=1"))
                .containsEntry("name", "José")
                .containsEntry("sym", "+&=%")
                .containsEntry("k", Map.of("x", "1"));
    }

    @Test
    void rawCharactersOutsideTheBmpSurviveDecoding() {
        assertThat(Query.decode("a=%F0%9F%98%80+\uD83D\uDE00"))
                .containsExactly(entry("a", "\uD83D\uDE00 \uD83D\uDE00"));
    }

    @Test
    void keyWithoutEqualsSignHasANullValue() {
        Map<String, Object> params = Query.decode("foo&bar=1");

        assertThat(params).containsKey("foo").containsEntry("bar", "1");
        assertThat(params.get("foo")).isNull();
    }

    @Test
    void keyWithEmptyValueHasAnEmptyString() {
        assertThat(Query.decode("foo=")).containsExactly(entry("foo", ""));
    }

    @Test
    void emptyPairsAndEmptyOrNullInputAreIgnored() {
        assertThat(Query.decode("&&a=1&&")).containsExactly(entry("a", "1"));
        assertThat(Query.decode("")).isEmpty();
        assertThat(Query.decode(null)).isEmpty();
    }

    @Test
    void malformedPercentEscapeIsABadRequest() {
        for (String query : List.of("a=%", "a=%4", "a=%zz", "a=%4g", "%G1=b")) {
            assertThatThrownBy(() -> Query.decode(query))
                    .as(query)
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("invalid percent escape")
                    .extracting(e -> ((ConnException) e).plugStatus())
                    .isEqualTo(400);
        }
    }

    @Test
    void nonAsciiDigitsAreNotAPercentEscape() {
        // U+0664 U+0661 are Arabic-Indic digits 4 and 1; Character.digit accepts them, a URL decoder must not
        assertThatThrownBy(() -> Query.decode("a=%\u0664\u0661")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> Query.decode("a=%\uFF14\uFF11")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void invalidUtf8IsABadRequest() {
        assertThatThrownBy(() -> Query.decode("a=%FF%FE"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("invalid UTF-8")
                .extracting(e -> ((ConnException) e).plugStatus())
                .isEqualTo(400);
        assertThatThrownBy(() -> Query.decode("a=%C3")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void pathSegmentDecodingKeepsThePlus() {
        assertThat(Query.decodePathSegment("a+b%20c")).isEqualTo("a+b c");
        assertThatThrownBy(() -> Query.decodePathSegment("%zz"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("URI path");
    }

    // ---------------------------------------------------------------- encode

    @Test
    void encodesNestedMapsAndListsInOrder() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("name", "José Silva");
        user.put("tags", List.of("x", "y"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("z", "1");
        params.put("user", user);
        params.put("a", "2");

        assertThat(Query.encode(params)).isEqualTo("z=1&user[name]=Jos%C3%A9+Silva&user[tags][]=x&user[tags][]=y&a=2");
    }

    @Test
    void encodesListsOfMaps() {
        Map<String, Object> params = Map.of("a", List.of(Map.of("b", "1"), Map.of("b", "2")));

        assertThat(Query.encode(params)).isEqualTo("a[][b]=1&a[][b]=2");
    }

    @Test
    void encodedQueryDecodesBackToTheSameParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", "a b&c=d/e?f#g");
        params.put("user", Map.of("tags", List.of("x y", "100%")));

        assertThat(Query.decode(Query.encode(params))).isEqualTo(params);
    }

    @Test
    void encodingKeepsUnreservedCharactersAndEscapesTheRest() {
        assertThat(Query.encodeComponent("AZaz09-._~")).isEqualTo("AZaz09-._~");
        assertThat(Query.encodeComponent("a b+c&d=e/f")).isEqualTo("a+b%2Bc%26d%3De%2Ff");
        assertThat(Query.encodeComponent("€")).isEqualTo("%E2%82%AC");
    }

    @Test
    void encodesValuesAsParamsAndNullAsEmpty() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("n", 42);
        params.put("b", true);
        params.put("empty", null);

        assertThat(Query.encode(params)).isEqualTo("n=42&b=true&empty=");
    }

    @Test
    void encodesNothingForAnEmptyMap() {
        assertThat(Query.encode(Map.of())).isEmpty();
    }

    @Test
    void pathSegmentEncodingEscapesSpaceAndSlash() {
        assertThat(Query.encodePathSegment("a b/c")).isEqualTo("a%20b%2Fc");
        assertThat(Query.encodePathSegment("a+b")).isEqualTo("a%2Bb");
        assertThat(Query.encodePathSegment("plain-._~")).isEqualTo("plain-._~");
    }

    @Test
    void encodedPathSegmentDecodesBack() {
        for (String value : Arrays.asList("a b/c", "100%", "naïve+?#")) {
            assertThat(Query.decodePathSegment(Query.encodePathSegment(value))).isEqualTo(value);
        }
    }
}
