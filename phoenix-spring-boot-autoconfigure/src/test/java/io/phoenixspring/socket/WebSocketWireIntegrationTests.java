package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The V2 wire protocol over a real WebSocket, frame by frame, as phoenix.js sees it. */
@SpringBootTest(classes = SocketTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSocketWireIntegrationTests {

    @Autowired
    Environment environment;

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }

    @Test
    void heartbeatIsAnsweredOnTopicPhoenix() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[null,\"1\",\"phoenix\",\"heartbeat\",{}]");
        assertThat(client.next())
                .isEqualTo("[null,\"1\",\"phoenix\",\"phx_reply\",{\"status\":\"ok\",\"response\":{}}]");
    }

    @Test
    void joinRepliesWithTheJoinRefAndPushesAreReplied() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0&token=ann");
        client.send("[\"3\",\"3\",\"room:lobby\",\"phx_join\",{}]");
        assertThat(client.next())
                .isEqualTo(
                        "[\"3\",\"3\",\"room:lobby\",\"phx_reply\",{\"status\":\"ok\",\"response\":{\"user\":\"ann\"}}]");
        client.send("[\"3\",\"4\",\"room:lobby\",\"echo\",{\"a\":1}]");
        assertThat(client.next())
                .isEqualTo("[\"3\",\"4\",\"room:lobby\",\"phx_reply\",{\"status\":\"ok\",\"response\":{\"a\":1}}]");
        client.send("[\"3\",\"5\",\"room:lobby\",\"fail\",{}]");
        assertThat(client.next())
                .isEqualTo(
                        "[\"3\",\"5\",\"room:lobby\",\"phx_reply\",{\"status\":\"error\",\"response\":{\"reason\":\"nope\"}}]");
    }

    @Test
    void unmatchedTopicsAreRefusedWithANullJoinRef() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"1\",\"1\",\"nowhere\",\"phx_join\",{}]");
        assertThat(client.next())
                .isEqualTo(
                        "[null,\"1\",\"nowhere\",\"phx_reply\",{\"status\":\"error\",\"response\":{\"reason\":\"unmatched topic\"}}]");
        client.send("[\"1\",\"2\",\"room:notjoined\",\"new_msg\",{}]");
        assertThat(client.next())
                .isEqualTo(
                        "[null,\"2\",\"room:notjoined\",\"phx_reply\",{\"status\":\"error\",\"response\":{\"reason\":\"unmatched topic\"}}]");
    }

    @Test
    void joinErrorsAndCrashesAreReplied() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"1\",\"1\",\"room:private\",\"phx_join\",{}]");
        assertThat(client.next())
                .isEqualTo(
                        "[\"1\",\"1\",\"room:private\",\"phx_reply\",{\"status\":\"error\",\"response\":{\"reason\":\"unauthorized\"}}]");
        client.send("[\"2\",\"2\",\"room:crash\",\"phx_join\",{}]");
        assertThat(client.next())
                .isEqualTo(
                        "[\"2\",\"2\",\"room:crash\",\"phx_reply\",{\"status\":\"error\",\"response\":{\"reason\":\"join crashed\"}}]");
    }

    @Test
    void broadcastsReachEveryJoinedClient() throws Exception {
        WsClient ann = WsClient.connect(port(), "vsn=2.0.0&token=ann");
        WsClient bob = WsClient.connect(port(), "vsn=2.0.0&token=bob");
        ann.send("[\"1\",\"1\",\"room:b\",\"phx_join\",{}]");
        bob.send("[\"1\",\"1\",\"room:b\",\"phx_join\",{}]");
        ann.next();
        bob.next();
        ann.send("[\"1\",\"2\",\"room:b\",\"new_msg\",{\"body\":\"hi\"}]");
        String frame = "[null,null,\"room:b\",\"new_msg\",{\"body\":\"hi\"}]";
        assertThat(ann.next()).isEqualTo(frame);
        assertThat(bob.next()).isEqualTo(frame);
        ann.send("[\"1\",\"3\",\"room:b\",\"shout\",{}]");
        assertThat(bob.next()).isEqualTo("[null,null,\"room:b\",\"shout\",{\"from\":\"ann\"}]");
        assertThat(ann.poll(Duration.ofMillis(300)))
                .as("broadcastFrom skips the sender")
                .isNull();
    }

    @Test
    void leaveRepliesThenCloses() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"7\",\"7\",\"room:leave\",\"phx_join\",{}]");
        client.next();
        client.send("[\"7\",\"8\",\"room:leave\",\"phx_leave\",{}]");
        assertThat(client.next())
                .isEqualTo("[\"7\",\"8\",\"room:leave\",\"phx_reply\",{\"status\":\"ok\",\"response\":{}}]");
        assertThat(client.next()).isEqualTo("[\"7\",\"7\",\"room:leave\",\"phx_close\",{}]");
        client.send("[\"7\",\"9\",\"room:leave\",\"echo\",{}]");
        assertThat(client.next()).contains("unmatched topic");
    }

    @Test
    void aCrashSendsPhxErrorAndLeavesOtherTopicsAlone() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"1\",\"1\",\"room:one\",\"phx_join\",{}]");
        client.send("[\"2\",\"2\",\"room:two\",\"phx_join\",{}]");
        client.next();
        client.next();
        client.send("[\"1\",\"3\",\"room:one\",\"crash\",{}]");
        assertThat(client.next()).isEqualTo("[\"1\",\"1\",\"room:one\",\"phx_error\",{}]");
        client.send("[\"2\",\"4\",\"room:two\",\"echo\",{\"still\":\"here\"}]");
        assertThat(client.next()).contains("\"still\":\"here\"");
    }

    @Test
    void duplicateJoinRepliesThenClosesTheOldJoin() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"1\",\"1\",\"room:dup\",\"phx_join\",{}]");
        client.next();
        client.send("[\"5\",\"5\",\"room:dup\",\"phx_join\",{}]");
        assertThat(client.next()).startsWith("[\"5\",\"5\",\"room:dup\",\"phx_reply\",{\"status\":\"ok\"");
        assertThat(client.next()).isEqualTo("[\"1\",\"1\",\"room:dup\",\"phx_close\",{}]");
    }

    @Test
    void afterJoinPushesComeAfterTheJoinReply() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"1\",\"1\",\"room:after\",\"phx_join\",{}]");
        assertThat(client.next()).startsWith("[\"1\",\"1\",\"room:after\",\"phx_reply\"");
        assertThat(client.next()).isEqualTo("[\"1\",null,\"room:after\",\"welcome\",{\"topic\":\"room:after\"}]");
    }

    @Test
    void malformedFramesCloseOnlyThatConnection() throws Exception {
        WsClient bad = WsClient.connect(port(), "vsn=2.0.0");
        WsClient good = WsClient.connect(port(), "vsn=2.0.0");
        bad.send("{not json");
        assertThat(bad.closeCode()).isEqualTo(1011);
        good.send("[null,\"1\",\"phoenix\",\"heartbeat\",{}]");
        assertThat(good.next()).contains("phx_reply");
    }

    @Test
    void oversizedFramesCloseWith1009() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[null,\"1\",\"phoenix\",\"heartbeat\",{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}]");
        assertThat(client.closeCode()).isEqualTo(1009);
    }

    @Test
    void disconnectBroadcastToASocketIdClosesItsConnections() throws Exception {
        WsClient carl = WsClient.connect(port(), "vsn=2.0.0&token=carl");
        WsClient other = WsClient.connect(port(), "vsn=2.0.0&token=dora");
        carl.send("[\"1\",\"1\",\"room:x\",\"phx_join\",{}]");
        carl.next();
        other.send("[\"1\",\"1\",\"room:x\",\"phx_join\",{}]");
        other.next();
        other.send("[\"1\",\"2\",\"room:x\",\"disconnect_carl\",{}]");
        endpoint.broadcast("user_socket:carl", "disconnect", java.util.Map.of());
        assertThat(carl.closeCode()).isEqualTo(1000);
        other.send("[null,\"9\",\"phoenix\",\"heartbeat\",{}]");
        assertThat(other.next()).contains("\"9\"");
    }

    @Autowired
    io.phoenixspring.endpoint.Endpoint endpoint;
}
