package com.example.chat;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of {@code src/test/node} under Node, from the module's directory so that {@code node_modules} (from
 * {@code npm ci} in the build) resolves, and fails the test with the script's output unless it exits with 0 in time.
 */
final class NodeScript {

    private static final Path MODULE = Path.of(System.getProperty("user.dir"));

    private NodeScript() {}

    static String run(Duration timeout, String script, String... args) throws IOException, InterruptedException {
        if (!Files.isDirectory(MODULE.resolve("node_modules"))) {
            fail(
                    "Expected node_modules in %s; run `npm ci` there (the Maven build does it in generate-resources)",
                    MODULE);
        }
        List<String> command = new ArrayList<>(List.of("node", "src/test/node/" + script));
        command.addAll(List.of(args));
        File output = File.createTempFile("node-" + script, ".log");
        try {
            Process node = new ProcessBuilder(command)
                    .directory(MODULE.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output)
                    .start();
            if (!node.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                node.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                fail("%s did not finish within %s; its output:%n%s", command, timeout, read(output));
            }
            String log = read(output);
            if (node.exitValue() != 0) {
                fail("%s exited with %d; its output:%n%s", command, node.exitValue(), log);
            }
            System.out.print(log); // beside the test's output, for the steps that passed
            return log;
        } finally {
            Files.deleteIfExists(output.toPath());
        }
    }

    private static String read(File output) throws IOException {
        return Files.readString(output.toPath(), StandardCharsets.UTF_8);
    }
}
