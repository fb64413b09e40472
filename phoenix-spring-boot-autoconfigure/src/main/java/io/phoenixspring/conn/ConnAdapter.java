package io.phoenixspring.conn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a server gives a {@link Conn}: the request as it came and a way to send the response, as
 * {@code Plug.Conn.Adapter}. The servlet adapter serves real requests; the test adapter serves ConnTest.
 */
public interface ConnAdapter {

    /** The request method as it came, upper case. */
    String method();

    /** {@code "http"} or {@code "https"}. */
    String scheme();

    /** The requested host, without port. */
    String host();

    /** The requested port. */
    int port();

    /** The peer address, as text. */
    String remoteIp();

    /** The path as it came, still percent-encoded, without the query string. */
    String requestPath();

    /** The part of the path the application is mounted at (a servlet context path), or {@code ""}. */
    default String mountPath() {
        return "";
    }

    /** The query string, or {@code ""}. */
    String queryString();

    /** The request headers, names in lower case, in the order they came. */
    List<Header> reqHeaders();

    /**
     * The first value of request header {@code name} (lower case), or null: what {@link #reqHeaders()} has first
     * under that name. Adapters that can look one header up without listing them all override it.
     */
    default @Nullable String firstReqHeader(String name) {
        for (Header header : reqHeaders()) {
            if (header.name().equals(name)) {
                return header.value();
            }
        }
        return null;
    }

    /**
     * Reads the whole request body, at most {@code maxLength} bytes.
     *
     * @throws RequestTooLargeException when the body is longer
     * @throws IOException when reading fails
     */
    byte[] readBody(long maxLength) throws IOException;

    /** Sends a complete response. */
    void sendResp(int status, List<Header> headers, byte @Nullable [] body) throws IOException;

    /** Sends {@code length} bytes of {@code file} from {@code offset} (all of it when {@code length} is negative). */
    void sendFile(int status, List<Header> headers, Path file, long offset, long length) throws IOException;

    /** Sends the status and headers of a chunked response. */
    void sendChunked(int status, List<Header> headers) throws IOException;

    /** Sends one chunk of a chunked response. */
    void chunk(byte[] data) throws IOException;
}
