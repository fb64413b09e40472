package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.phoenixspring.LogCapture;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.FakeConnAdapter;
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

    @Test
    void requestAndResponseAreLoggedAtInfo() {
        try (LogCapture logs = LogCapture.of(LoggerPlug.LOGGER_NAME, Level.DEBUG)) {
            Conn conn = new LoggerPlug()
                    .call(FakeConnAdapter.request("GET", "/hello?x=1").conn());
            assertThat(logs.messages()).containsExactly("GET /hello");

            conn.sendResp(201, "made");

            assertThat(logs.messages()).hasSize(2);
            assertThat(logs.messages().get(1)).matches("Sent 201 in \\d+(µs|ms)");
            assertThat(logs.events()).extracting(ILoggingEvent::getLevel).containsOnly(Level.INFO);
        }
    }

    @Test
    void levelIsConfigurable() {
        try (LogCapture logs = LogCapture.of(LoggerPlug.LOGGER_NAME, Level.DEBUG)) {
            new LoggerPlug(org.slf4j.event.Level.DEBUG)
                    .call(FakeConnAdapter.request("POST", "/x").conn())
                    .sendResp(200, "");

            assertThat(logs.events()).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG, Level.DEBUG);
        }
    }

    @Test
    void nothingIsLoggedOrRegisteredWhenTheLevelIsOff() {
        try (LogCapture logs = LogCapture.of(LoggerPlug.LOGGER_NAME, Level.WARN)) {
            new LoggerPlug().call(FakeConnAdapter.request("GET", "/").conn()).sendResp(200, "");

            assertThat(logs.messages()).isEmpty();
        }
    }
}
