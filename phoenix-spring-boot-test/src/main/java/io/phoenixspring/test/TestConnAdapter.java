package io.phoenixspring.test;

import io.phoenixspring.conn.ConnAdapter;
import io.phoenixspring.conn.Header;
import io.phoenixspring.conn.RequestTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conn adapter with no network: the request is what the test built, and the response is recorded, as
 * {@code Plug.Adapters.Test}. A {@code HEAD} response records no body.
 */
public final class TestConnAdapter implements ConnAdapter {

    private final String method;
    private final String scheme;
    private final String host;
    private final int port;
    private final String path;
    private final String query;
    private final List<Header> headers;
    private final byte[] body;

    private int status;
    private List<Header> respHeaders = List.of();
    private final ByteArrayOutputStream respBody = new ByteArrayOutputStream();
    private boolean sent;

    TestConnAdapter(
            String method,
            String scheme,
            String host,
            int port,
            String path,
            String query,
            List<Header> headers,
            byte[] body) {
        this.method = method;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.path = path;
        this.query = query;
        this.headers = List.copyOf(headers);
        this.body = body;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String scheme() {
        return scheme;
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String remoteIp() {
        return "127.0.0.1";
    }

    @Override
    public String requestPath() {
        return path;
    }

    @Override
    public String queryString() {
        return query;
    }

    @Override
    public List<Header> reqHeaders() {
        return headers;
    }

    @Override
    public byte[] readBody(long maxLength) {
        if (body.length > maxLength) {
            throw new RequestTooLargeException("the request body is " + body.length + " bytes, over the limit of "
                    + maxLength + " bytes; send less or raise phoenix.endpoint.parsers.length");
        }
        return body;
    }

    @Override
    public void sendResp(int status, List<Header> headers, byte @Nullable [] body) {
        record(status, headers);
        if (body != null && !method.equals("HEAD")) {
            respBody.writeBytes(body);
        }
    }

    @Override
    public void sendFile(int status, List<Header> headers, Path file, long offset, long length) throws IOException {
        record(status, headers);
        if (!method.equals("HEAD")) {
            byte[] bytes = Files.readAllBytes(file);
            int from = (int) offset;
            int count = length < 0 ? bytes.length - from : (int) Math.min(length, bytes.length - from);
            respBody.write(bytes, from, count);
        }
    }

    @Override
    public void sendChunked(int status, List<Header> headers) {
        record(status, headers);
    }

    @Override
    public void chunk(byte[] data) {
        if (!method.equals("HEAD")) {
            respBody.writeBytes(data);
        }
    }

    private void record(int status, List<Header> headers) {
        this.status = status;
        this.respHeaders = List.copyOf(headers);
        this.sent = true;
    }

    /** Whether a response was sent. */
    public boolean sent() {
        return sent;
    }

    /** The status sent. */
    public int status() {
        return status;
    }

    /** The headers sent, {@code set-cookie} included. */
    public List<Header> respHeaders() {
        return respHeaders;
    }

    /** The body sent (every chunk of a chunked response). */
    public byte[] respBody() {
        return respBody.toByteArray();
    }
}
