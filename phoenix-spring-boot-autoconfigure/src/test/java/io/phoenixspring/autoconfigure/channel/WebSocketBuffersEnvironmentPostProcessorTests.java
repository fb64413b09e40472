package io.phoenixspring.autoconfigure.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class WebSocketBuffersEnvironmentPostProcessorTests {

    private static final String TOMCAT = WebSocketBuffersEnvironmentPostProcessor.TOMCAT_PROPERTY;

    private final WebSocketBuffersEnvironmentPostProcessor processor = new WebSocketBuffersEnvironmentPostProcessor();
    private @Nullable String saved;

    @BeforeEach
    void clearTheJvmsValue() {
        saved = System.clearProperty(TOMCAT);
    }

    @AfterEach
    void restoreIt() {
        if (saved == null) {
            System.clearProperty(TOMCAT);
        } else {
            System.setProperty(TOMCAT, saved);
        }
    }

    @Test
    void tomcatsWebSocketBuffersAreOneKilobyteByDefault() {
        processor.postProcessEnvironment(new MockEnvironment(), new SpringApplication());
        assertThat(System.getProperty(TOMCAT)).isEqualTo("1024");
    }

    @Test
    void theSizeIsASetting() {
        processor.postProcessEnvironment(
                new MockEnvironment().withProperty("phoenix.socket.websocket-buffer-size", "4KB"),
                new SpringApplication());
        assertThat(System.getProperty(TOMCAT)).isEqualTo("4096");
    }

    @Test
    void aValueTheJvmWasStartedWithIsKept() {
        System.setProperty(TOMCAT, "16384");
        processor.postProcessEnvironment(new MockEnvironment(), new SpringApplication());
        assertThat(System.getProperty(TOMCAT)).isEqualTo("16384");
    }

    @Test
    void aTinySizeIsRefusedWithTheFix() {
        assertThatThrownBy(() -> processor.postProcessEnvironment(
                        new MockEnvironment().withProperty("phoenix.socket.websocket-buffer-size", "16B"),
                        new SpringApplication()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phoenix.socket.websocket-buffer-size must be between 256B and 2GB, got 16B");
    }
}
