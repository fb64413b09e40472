package io.phoenixspring.test;

import static io.phoenixspring.test.ChannelTest.assertBroadcast;
import static io.phoenixspring.test.ChannelTest.assertPush;
import static io.phoenixspring.test.ChannelTest.assertReply;
import static io.phoenixspring.test.ChannelTest.push;
import static io.phoenixspring.test.ChannelTest.socket;
import static io.phoenixspring.test.ChannelTest.subscribeAndJoin;
import static io.phoenixspring.test.ConnTest.buildConn;
import static io.phoenixspring.test.ConnTest.get;
import static io.phoenixspring.test.ConnTest.textResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.endpoint.Endpoint;
import io.phoenixspring.test.channels.UserSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"phoenix.test.assert-timeout=250ms", "phoenix.test.refute-timeout=20ms"})
@AutoConfigureConnTest
@AutoConfigureChannelTest
class ChannelTestSpringBootTests {

    @Autowired
    Endpoint endpoint;

    @Test
    void channelsOfTheWholeApplicationAreTested() {
        JoinedChannel lobby = subscribeAndJoin(socket(UserSocket.class), "room:lobby");
        assertReply(push(lobby, "ping", Map.of("hello", "there")), "ok", Map.of("hello", "there"));
        endpoint.broadcast("room:lobby", "shout", Map.of("from", "controller"));
        assertBroadcast("shout", Map.of("from", "controller"));
        assertPush("shout", Map.of("from", "controller"));
    }

    @Test
    void timeoutsComeFromTheTestProperties() {
        subscribeAndJoin(socket(UserSocket.class), "room:lobby");
        assertThatThrownBy(() -> assertPush("never", Map.of()))
                .hasMessageStartingWith("Assertion failed, no matching message after 250ms");
        long start = System.nanoTime();
        ChannelTest.refutePush("never", Map.of());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(250));
    }

    @Test
    void connTestKeepsWorkingBesideIt() {
        assertThat(textResponse(get(buildConn(), "/text"), 200)).isEqualTo("plain");
    }
}
