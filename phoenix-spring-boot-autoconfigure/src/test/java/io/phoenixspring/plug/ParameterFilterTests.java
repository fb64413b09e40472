package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.conn.Upload;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterFilterTests {

    private static final ParameterFilter DEFAULTS = ParameterFilter.defaults();

    @Test
    void defaultFiltersKeysContainingPassword() {
        Map<String, Object> params = Map.of("user", Map.of("password", "x", "password_confirmation", "y", "name", "n"));

        assertThat(DEFAULTS.filter(params))
                .isEqualTo(Map.of(
                        "user", Map.of("password", "[FILTERED]", "password_confirmation", "[FILTERED]", "name", "n")));
    }

    @Test
    void matchingIsCaseSensitive() {
        assertThat(DEFAULTS.filter(Map.of("Password", "x"))).isEqualTo(Map.of("Password", "x"));
    }

    @Test
    void substringOfAnyTermMatches() {
        ParameterFilter filter = ParameterFilter.discard(List.of("password", "secret"));

        assertThat(filter.filter(Map.of("old_password", "a", "client_secret_key", "b", "id", "1")))
                .isEqualTo(Map.of("old_password", "[FILTERED]", "client_secret_key", "[FILTERED]", "id", "1"));
    }

    @Test
    void listsAndMapsInsideListsAreFiltered() {
        Map<String, Object> params =
                Map.of("users", List.of(Map.of("password", "a", "name", "x"), Map.of("password", "b")));

        assertThat(DEFAULTS.filter(params))
                .isEqualTo(Map.of(
                        "users",
                        List.of(Map.of("password", "[FILTERED]", "name", "x"), Map.of("password", "[FILTERED]"))));
    }

    @Test
    void wholeValueOfAMatchingKeyIsFilteredEvenWhenNested() {
        assertThat(DEFAULTS.filter(Map.of("passwords", List.of("a", "b"))))
                .isEqualTo(Map.of("passwords", "[FILTERED]"));
    }

    @Test
    void discardModePassesUploadsThrough() {
        Upload upload = new Upload(Path.of("/tmp/plug-1"), "text/plain", "a.txt");

        assertThat(DEFAULTS.filter(Map.of("file", upload))).isEqualTo(Map.of("file", upload));
    }

    @Test
    void filteredMapKeepsTheOrderOfKeys() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("z", "1");
        params.put("password", "2");
        params.put("a", "3");

        assertThat(DEFAULTS.filter(params).keySet()).containsExactly("z", "password", "a");
    }

    @Test
    void keepModeFiltersEverythingButExactMatches() {
        ParameterFilter keep = ParameterFilter.keep(List.of("id"));
        Map<String, Object> params = Map.of("id", 1, "order", Map.of("a", 1), "x", 2, "ids", "3");

        assertThat(keep.filter(params))
                .isEqualTo(Map.of("id", 1, "order", Map.of("a", "[FILTERED]"), "x", "[FILTERED]", "ids", "[FILTERED]"));
    }

    @Test
    void keepModeKeepsEverythingUnderAKeptKey() {
        ParameterFilter keep = ParameterFilter.keep(List.of("order"));
        Map<String, Object> params = Map.of("order", Map.of("a", 1, "lines", List.of("x")), "x", 2);

        assertThat(keep.filter(params))
                .isEqualTo(Map.of("order", Map.of("a", 1, "lines", List.of("x")), "x", "[FILTERED]"));
    }

    @Test
    void keepModeFindsKeptKeysInNestedMapsAndLists() {
        ParameterFilter keep = ParameterFilter.keep(List.of("id"));
        Map<String, Object> params = Map.of("items", List.of(Map.of("id", "7", "name", "n")), "empty", List.of());

        assertThat(keep.filter(params))
                .isEqualTo(Map.of("items", List.of(Map.of("id", "7", "name", "[FILTERED]")), "empty", "[FILTERED]"));
    }

    @Test
    void keepModeFiltersUploads() {
        Upload upload = new Upload(Path.of("/tmp/plug-1"), "text/plain", "a.txt");

        assertThat(ParameterFilter.keep(List.of("id")).filter(Map.of("file", upload)))
                .isEqualTo(Map.of("file", "[FILTERED]"));
    }
}
