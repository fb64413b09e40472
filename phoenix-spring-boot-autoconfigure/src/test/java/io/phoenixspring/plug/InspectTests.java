package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.conn.Upload;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectTests {

    @Test
    void mapWithStringKeysPrintsAsAnElixirMap() {
        assertThat(Inspect.inspect(Map.of("messenger", "Frank"))).isEqualTo("%{\"messenger\" => \"Frank\"}");
        assertThat(Inspect.inspect(Map.of())).isEqualTo("%{}");
    }

    @Test
    void mapKeysAreSortedAsElixirPrintsSmallMaps() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("b", "2");
        params.put("a", Map.of("c", List.of("x", "y")));

        assertThat(Inspect.inspect(params)).isEqualTo("%{\"a\" => %{\"c\" => [\"x\", \"y\"]}, \"b\" => \"2\"}");
    }

    @Test
    void scalarsPrintAsElixirTerms() {
        assertThat(Inspect.inspect(null)).isEqualTo("nil");
        assertThat(Inspect.inspect(12)).isEqualTo("12");
        assertThat(Inspect.inspect(true)).isEqualTo("true");
        assertThat(Inspect.inspect(Arrays.asList("a", null))).isEqualTo("[\"a\", nil]");
    }

    @Test
    void stringsAreQuotedAndEscaped() {
        assertThat(Inspect.inspect("say \"hi\"\\\n#{x}")).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\#{x}\"");
    }

    @Test
    void uploadPrintsAsAPlugUploadStruct() {
        Upload upload = new Upload(Path.of("/tmp/plug-1"), "text/plain", "a.txt");

        assertThat(Inspect.inspect(upload))
                .isEqualTo("%Plug.Upload{content_type: \"text/plain\", filename: \"a.txt\", path: \"/tmp/plug-1\"}");
    }

    @Test
    void pipelinesPrintAsAtoms() {
        assertThat(Inspect.atoms(List.of("browser", "auth"))).isEqualTo("[:browser, :auth]");
        assertThat(Inspect.atoms(List.of())).isEqualTo("[]");
        assertThat(Inspect.atoms(List.of("my-pipe"))).isEqualTo("[:\"my-pipe\"]");
    }
}
