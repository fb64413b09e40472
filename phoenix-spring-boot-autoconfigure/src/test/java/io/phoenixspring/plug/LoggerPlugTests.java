package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggerPlugTests {

    @Test
    void durationUpToAMillisecondIsInMicroseconds() {
        assertThat(LoggerPlug.duration(0)).isEqualTo("0µs");
        assertThat(LoggerPlug.duration(512_999)).isEqualTo("512µs");
        assertThat(LoggerPlug.duration(1_000_000)).isEqualTo("1000µs");
    }

    @Test
    void durationOverAMillisecondIsInWholeMilliseconds() {
        assertThat(LoggerPlug.duration(1_001_000)).isEqualTo("1ms");
        assertThat(LoggerPlug.duration(12_999_999)).isEqualTo("12ms");
    }
}
