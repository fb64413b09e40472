package com.example.hello;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code --phoenix.routes} prints the routes in {@code mix phx.routes} layout and exits 0 without a server. */
class RoutesListingTests {

    @Test
    void printsTheRoutingGuidesTableAndExits() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HelloApplication.class.getName(),
                        "--phoenix.routes",
                        "--server.port=-1"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        String expected = Files.readString(Path.of("src/test/resources/expected-routes.txt"));
        assertThat(output).isEqualTo(expected);
        assertThat(output.lines().filter(l -> l.contains("UserController"))).hasSize(8);
        assertThat(output).contains("\n                   PUT     /users/:id               UserController :update\n");
    }
}
