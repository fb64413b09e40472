package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The chat page in headless Chromium, driven by playwright-core: what one user types shows in the other user's page.
 * The steps are in {@code src/test/node/browser.mjs}.
 */
@ChatServerTest
class ChatBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    @Test
    void aMessageTypedInOnePageShowsInTheOther() throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            fail(
                    "Expected Chromium at %s for the browser test; .ci/run installs it (Debian package `chromium`: "
                            + "apt-get install -y --no-install-recommends chromium)",
                    CHROMIUM);
        }
        String output =
                NodeScript.run(Duration.ofSeconds(60), "browser.mjs", "http://localhost:" + port, CHROMIUM.toString());
        assertThat(output).contains("all steps passed");
    }
}
