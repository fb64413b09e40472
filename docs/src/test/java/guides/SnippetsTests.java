package guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Java block of the guides still stands, word for word, in the compiled file it names. */
class SnippetsTests {

    private static final Pattern BLOCK = Pattern.compile("```java\\n// file: (\\S+)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockStandsInItsFile() throws IOException {
        Path docs = Path.of("").toAbsolutePath();
        Path root = docs.getParent();
        List<String> checked = new ArrayList<>();
        try (Stream<Path> guides = Files.list(docs)) {
            List<Path> files = new ArrayList<>(
                    guides.filter(p -> p.toString().endsWith(".md")).toList());
            files.add(root.resolve("README.md"));
            for (Path guide : files) {
                String text = Files.readString(guide);
                assertThat(text)
                        .as("%s has a Java block without a `// file:` line", guide.getFileName())
                        .doesNotContainPattern("```java\\n(?!// file: )");
                Matcher matcher = BLOCK.matcher(text);
                while (matcher.find()) {
                    Path source = root.resolve(matcher.group(1));
                    assertThat(source)
                            .as("the file named in %s", guide.getFileName())
                            .exists();
                    assertThat(normalize(Files.readString(source)))
                            .as("%s's block from %s", guide.getFileName(), matcher.group(1))
                            .contains(normalize(matcher.group(2)));
                    checked.add(matcher.group(1));
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(6);
    }

    private static String normalize(String code) {
        return code.replaceAll("\\s+", "");
    }
}
