package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.phoenixspring.LogCapture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The WebSocket handshake's refusals, over raw HTTP, with Phoenix's statuses. */
@SpringBootTest(classes = SocketTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSocketHandshakeIntegrationTests {

    @Autowired
    Environment environment;

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }

    private String request(String method, String target, String extraHeaders) throws IOException {
        try (Socket socket = new Socket("localhost", port())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.setSoTimeout(5000);
            return readResponse(socket.getInputStream());
        }
    }

    /** The status line, headers and the body its content-length gives; an upgraded connection is not read further. */
    private static String readResponse(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4
                    && bytes[n - 4] == '\r'
                    && bytes[n - 3] == '\n'
                    && bytes[n - 2] == '\r'
                    && bytes[n - 1] == '\n') {
                break;
            }
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length =
                java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
        if (headers.startsWith("HTTP/1.1 101") || !length.find()) {
            return headers;
        }
        return headers + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.ISO_8859_1);
    }

    /** The request lines of the log, without the channel logger's lines. */
    static List<String> requests(LogCapture log) {
        return log.messages().stream()
                .filter(line -> line.startsWith("GET ") || line.startsWith("POST ") || line.startsWith("Sent "))
                .toList();
    }

    private static String upgradeHeaders() {
        return "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    }

    @Test
    void aGetWithoutUpgradeIs400() throws IOException {
        String response = request("GET", "/socket/websocket?vsn=2.0.0", "");
        assertThat(response).startsWith("HTTP/1.1 400").contains("'connection' header must contain 'upgrade'");
    }

    @Test
    void otherMethodsAre400() throws IOException {
        assertThat(request("POST", "/socket/websocket", "Content-Length: 0\r\n"))
                .startsWith("HTTP/1.1 400");
    }

    @Test
    void anUpgradeIsSwitched() throws IOException {
        String response = request("GET", "/socket/websocket?vsn=2.0.0", upgradeHeaders());
        assertThat(response).startsWith("HTTP/1.1 101");
    }

    @Test
    void compressionIsNotNegotiatedUnlessEnabled() throws IOException {
        String response = request(
                "GET",
                "/socket/websocket?vsn=2.0.0",
                upgradeHeaders() + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n");
        assertThat(response).startsWith("HTTP/1.1 101").doesNotContainIgnoringCase("sec-websocket-extensions");
    }

    @Test
    void unknownVersionsAre403() throws IOException {
        assertThat(request("GET", "/socket/websocket?vsn=3.0.0", upgradeHeaders()))
                .startsWith("HTTP/1.1 403");
    }

    @Test
    void versionsAreMatchedAgainstTheSerializersRequirementsAsPhoenixDoes() throws IOException {
        assertThat(request("GET", "/socket/websocket", upgradeHeaders())).startsWith("HTTP/1.1 101");
        assertThat(request("GET", "/socket/websocket?vsn=1.0.0", upgradeHeaders()))
                .startsWith("HTTP/1.1 101");
        assertThat(request("GET", "/socket/websocket?vsn=2.0.7", upgradeHeaders()))
                .startsWith("HTTP/1.1 101");
        assertThat(request("GET", "/socket/websocket?vsn=2.1.0", upgradeHeaders()))
                .as("~> 2.0.0 stops before 2.1.0")
                .startsWith("HTTP/1.1 403");
        assertThat(request("GET", "/socket/websocket?vsn=2", upgradeHeaders()))
                .as("not a version")
                .startsWith("HTTP/1.1 403");
    }

    @Test
    void theSerializersOptionChoosesWhichVersionsConnect() throws IOException {
        String origin = "Origin: http://localhost\r\n";
        assertThat(request("GET", "/conn/websocket?vsn=2.5.0", upgradeHeaders() + origin))
                .startsWith("HTTP/1.1 101");
        assertThat(request("GET", "/conn/websocket?vsn=1.0.0", upgradeHeaders() + origin))
                .startsWith("HTTP/1.1 403");
        assertThat(request("GET", "/conn/websocket", upgradeHeaders() + origin))
                .as("no vsn is 1.0.0")
                .startsWith("HTTP/1.1 403");
    }

    @Test
    void checkOriginConnAcceptsOnlyTheRequestsOwnSchemeHostAndPort() throws IOException {
        String path = "/conn/websocket?vsn=2.0.0";
        assertThat(request("GET", path, upgradeHeaders() + "Origin: http://localhost\r\n"))
                .startsWith("HTTP/1.1 101");
        assertThat(request("GET", path, upgradeHeaders())).as("no origin").startsWith("HTTP/1.1 101");
        assertThat(request("GET", path, upgradeHeaders() + "Origin: http://localhost:8443\r\n"))
                .startsWith("HTTP/1.1 403");
        assertThat(request("GET", path, upgradeHeaders() + "Origin: https://localhost\r\n"))
                .startsWith("HTTP/1.1 403");
        assertThat(request("GET", path, upgradeHeaders() + "Origin: http://evil.example\r\n"))
                .startsWith("HTTP/1.1 403");
    }

    @Test
    void transportLogLogsTheUpgradeRequestAsTheEndpointLogsRequests() throws IOException {
        try (LogCapture log = LogCapture.of("io.phoenixspring.endpoint", Level.DEBUG)) {
            request("GET", "/socket/websocket?vsn=2.0.0", upgradeHeaders());
            assertThat(requests(log)).as("transport-log is off by default").isEmpty();

            request("GET", "/conn/websocket?vsn=2.0.0", upgradeHeaders());
            request("GET", "/conn/websocket?vsn=1.0.0", upgradeHeaders());

            // the "Sent" line is written once the handler returns, possibly after the client read the response
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> requests(log).size() == 4);
            assertThat(requests(log).get(0)).isEqualTo("GET /conn/websocket");
            assertThat(requests(log).get(1)).matches("Sent 101 in \\d+(µs|ms)");
            assertThat(requests(log).get(3)).startsWith("Sent 403 in ");
        }
    }

    @Test
    void refusedConnectionsAre403AndCustomRefusalsKeepTheirStatus() throws IOException {
        assertThat(request("GET", "/socket/websocket?vsn=2.0.0&token=refuse", upgradeHeaders()))
                .startsWith("HTTP/1.1 403");
        assertThat(request("GET", "/socket/websocket?vsn=2.0.0&token=throttle", upgradeHeaders()))
                .startsWith("HTTP/1.1 429")
                .endsWith("Too many requests");
    }

    @Test
    void theJavaClientSeesRefusals() {
        assertThatThrownBy(() -> WsClient.connect(port(), "vsn=2.0.0&token=refuse"))
                .isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> WsClient.connect(port(), "vsn=9")).isInstanceOf(ExecutionException.class);
    }

    @Test
    void theEndpointPlugsDoNotRunForSocketRequests() throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0", Map.of());
        client.send("[null,\"1\",\"phoenix\",\"heartbeat\",{}]");
        assertThat(client.next()).contains("phx_reply");
    }
}
