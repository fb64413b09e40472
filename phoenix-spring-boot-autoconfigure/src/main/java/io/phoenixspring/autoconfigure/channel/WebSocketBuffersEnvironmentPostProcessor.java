package io.phoenixspring.autoconfigure.channel;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * Sizes Tomcat's per-connection WebSocket buffers (its frame input buffer, output buffer and encoder buffer: the
 * {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} system property, 8 KiB unless set) to
 * {@code phoenix.socket.websocket-buffer-size}, 1 KiB by default, before Tomcat reads it. Phoenix's frames are mostly
 * small and its connections many and idle: the 8 KiB buffers were 24 of the 60 KiB an idle joined connection held.
 * Larger messages are read and written through the smaller buffers in more steps. A value the JVM was started with
 * ({@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=...}) is kept; the setting is JVM-wide, so it applies to
 * any other WebSocket endpoint of the application too.
 */
public final class WebSocketBuffersEnvironmentPostProcessor implements EnvironmentPostProcessor {

    /** Tomcat's system property. */
    static final String TOMCAT_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    /** Ours. */
    static final String PROPERTY = "phoenix.socket.websocket-buffer-size";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(TOMCAT_PROPERTY) != null) {
            return;
        }
        String value = environment.getProperty(PROPERTY, "1KB");
        DataSize size;
        try {
            size = DataSize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    PROPERTY + " must be a size such as 1KB or 2048B, got \"" + value + "\"", e);
        }
        if (size.toBytes() < 256 || size.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(PROPERTY + " must be between 256B and 2GB, got " + size
                    + "; set it to e.g. 1KB (Tomcat's own default is 8KB)");
        }
        System.setProperty(TOMCAT_PROPERTY, Long.toString(size.toBytes()));
    }
}
