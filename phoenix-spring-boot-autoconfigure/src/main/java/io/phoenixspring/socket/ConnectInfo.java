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
 * @param session the endpoint session, only when the client passed a valid {@code _csrf_token} connect param (the
 *     page's {@code csrf-token} meta tag, as with Phoenix's {@code connect_info: [session: ...]}); otherwise null
 */
public record ConnectInfo(
        String peerAddress,
        int peerPort,
        URI uri,
        Map<String, String> xHeaders,
        @Nullable String userAgent,
        Map<String, String> traceContextHeaders,
        @Nullable Map<String, Object> session) {

    public ConnectInfo {
        xHeaders = Map.copyOf(xHeaders);
        traceContextHeaders = Map.copyOf(traceContextHeaders);
        session = session == null ? null : Map.copyOf(session);
    }

    /** Connect info without a session. */
    public ConnectInfo(
            String peerAddress,
            int peerPort,
            URI uri,
            Map<String, String> xHeaders,
            @Nullable String userAgent,
            Map<String, String> traceContextHeaders) {
        this(peerAddress, peerPort, uri, xHeaders, userAgent, traceContextHeaders, null);
    }
}
