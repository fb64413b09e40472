package io.phoenixspring.socket;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a socket's {@code connect} may know of the connection, as Phoenix's {@code connect_info}: cookies and other
 * headers are not exposed on purpose.
 *
 * @param peerAddress the client's address
 * @param peerPort the client's port
 * @param uri the request URI
 * @param xHeaders the {@code x-*} request headers, names in lower case
 * @param userAgent the {@code user-agent} header, or null
 * @param traceContextHeaders {@code traceparent} and {@code tracestate}, when sent
 */
public record ConnectInfo(
        String peerAddress,
        int peerPort,
        URI uri,
        Map<String, String> xHeaders,
        @Nullable String userAgent,
        Map<String, String> traceContextHeaders) {

    public ConnectInfo {
        xHeaders = Map.copyOf(xHeaders);
        traceContextHeaders = Map.copyOf(traceContextHeaders);
    }
}
