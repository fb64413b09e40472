package io.phoenixspring.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves a socket transport's requests ({@code /socket/websocket}, {@code /socket/longpoll}) before the endpoint
 * plugs, as Phoenix's endpoint serves its {@code socket} mounts.
 */
public interface TransportHandler {

    /** Whether {@code path} (without the context path) is this transport's. */
    boolean handles(String path);

    /** Serves the request. */
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
