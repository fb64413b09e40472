package io.phoenixspring.socket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** An application with sockets sizes Tomcat's per-connection buffers for many idle connections. */
@SpringBootTest(
        classes = SocketTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "phoenix.socket.connection-read-buffer-size=3KB")
class TomcatBuffersIntegrationTests {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void theConnectionReadBufferIsTheSetting() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        assertThat(String.valueOf(server.getTomcat().getConnector().getProperty("socket.appReadBufSize")))
                .isEqualTo("3072");
    }

    @Test
    void tomcatsWebSocketBuffersAreOneKilobyte() {
        assertThat(System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE"))
                .isEqualTo("1024");
    }
}
