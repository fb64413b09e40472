package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The V1 JSON serializer and V2 binary frames over a real WebSocket. */
@SpringBootTest(classes = SocketTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SerializerIntegrationTests {

    @Autowired
    Environment environment;

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }

    @Test
    void v1SpeaksObjectsWithoutJoinRef() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=1.0.0&token=ann");
        client.send("{\"topic\":\"room:v1\",\"event\":\"phx_join\",\"payload\":{},\"ref\":\"1\"}");
        assertThat(client.next())
                .isEqualTo("{\"topic\":\"room:v1\",\"event\":\"phx_reply\",\"payload\":{\"status\":\"ok\","
                        + "\"response\":{\"user\":\"ann\"}},\"ref\":\"1\"}");
        client.send("{\"topic\":\"room:v1\",\"event\":\"new_msg\",\"payload\":{\"body\":\"hi\"},\"ref\":\"2\"}");
        assertThat(client.next())
                .isEqualTo("{\"topic\":\"room:v1\",\"event\":\"new_msg\",\"payload\":{\"body\":\"hi\"},\"ref\":null}");
    }

    @Test
    void noVsnMeansV1() throws Exception {
        WsClient client = WsClient.connect(port(), "");
        client.send("{\"topic\":\"phoenix\",\"event\":\"heartbeat\",\"payload\":{},\"ref\":\"7\"}");
        assertThat(client.next()).contains("\"ref\":\"7\"").contains("\"event\":\"phx_reply\"");
    }

    @Test
    void v1FramesMissingAKeyCloseTheConnection() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=1.0.0");
        client.send("{\"topic\":\"phoenix\",\"event\":\"heartbeat\"}");
        assertThat(client.closeCode()).isEqualTo(1011);
    }

    @Test
    void binaryPushesGetBinaryReplies() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"1\",\"1\",\"room:bin\",\"phx_join\",{}]");
        client.next();
        byte[] push = frame((byte) 0, new String[] {"1", "12", "room:bin", "binary"}, new byte[] {101, 102, 103});
        client.sendBinary(push);
        byte[] reply = client.nextBinary();
        byte[] expected = frame((byte) 1, new String[] {"1", "12", "room:bin", "ok"}, new byte[] {101, 102, 103});
        assertThat(reply).isEqualTo(expected);
    }

    @Test
    void binaryBroadcastsUseTheBroadcastLayout() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0");
        client.send("[\"1\",\"1\",\"room:binb\",\"phx_join\",{}]");
        client.next();
        byte[] push = frame((byte) 0, new String[] {"1", "2", "room:binb", "new_msg"}, new byte[] {1, 2, 3});
        client.sendBinary(push);
        assertThat(client.nextBinary()).startsWith(new byte[] {2, 9, 7});
    }

    private static byte[] frame(byte kind, String[] fields, byte[] payload) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(kind);
        for (String field : fields) {
            out.write(field.getBytes(StandardCharsets.UTF_8).length);
        }
        for (String field : fields) {
            out.writeBytes(field.getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(payload);
        return out.toByteArray();
    }
}
