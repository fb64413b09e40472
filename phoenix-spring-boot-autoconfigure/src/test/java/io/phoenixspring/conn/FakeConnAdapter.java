package io.phoenixspring.conn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ConnAdapter} for unit tests: the request is what the test built and everything sent is recorded. Reading
 * more than the limit is a {@link RequestTooLargeException}, as the adapter contract says.
 */
public final class FakeConnAdapter implements ConnAdapter {

    private final String method;
    private final String path;
    private final String query;
    private final List<Header> reqHeaders = new ArrayList<>();
    private byte[] body = new byte[0];
    private int bodyReads;

    private final List<String> events = new ArrayList<>();
    private @Nullable Integer status;
    private List<Header> sentHeaders = List.of();
    private final ByteArrayOutputStream sentBody = new ByteArrayOutputStream();

    private FakeConnAdapter(String method, String target) {
        this.method = method;
        int question = target.indexOf('?');
        this.path = question < 0 ? target : target.substring(0, question);
        this.query = question < 0 ? "" : target.substring(question + 1);
    }

    /** A request for {@code target}, a path with an optional query string. */
    public static FakeConnAdapter request(String method, String target) {
        return new FakeConnAdapter(method, target);
    }

    /** Adds a request header. */
    public FakeConnAdapter header(String name, String value) {
        reqHeaders.add(new Header(name, value));
        return this;
    }

    /** Sets the request body. */
    public FakeConnAdapter body(byte[] body) {
        this.body = body.clone();
        return this;
    }

    /** Sets the request body as UTF-8 text. */
    public FakeConnAdapter body(String body) {
        return body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A conn over this request. */
    public Conn conn() {
        return new Conn(this);
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String scheme() {
        return "http";
    }

    @Override
    public String host() {
        return "www.example.com";
    }

    @Override
    public int port() {
        return 80;
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
        return List.copyOf(reqHeaders);
    }

    @Override
    public byte[] readBody(long maxLength) {
        bodyReads++;
        if (body.length > maxLength) {
            throw new RequestTooLargeException("body of " + body.length + " bytes over " + maxLength);
        }
        return body.clone();
    }

    @Override
    public void sendResp(int status, List<Header> headers, byte @Nullable [] body) {
        record("sendResp", status, headers);
        if (body != null) {
            sentBody.writeBytes(body);
        }
    }

    @Override
    public void sendFile(int status, List<Header> headers, Path file, long offset, long length) {
        record("sendFile", status, headers);
        try {
            byte[] bytes = Files.readAllBytes(file);
            int count = length < 0 ? bytes.length - (int) offset : (int) length;
            sentBody.write(bytes, (int) offset, count);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void sendChunked(int status, List<Header> headers) {
        record("sendChunked", status, headers);
    }

    @Override
    public void chunk(byte[] data) {
        events.add("chunk");
        sentBody.writeBytes(data);
    }

    private void record(String event, int status, List<Header> headers) {
        events.add(event);
        this.status = status;
        this.sentHeaders = List.copyOf(headers);
    }

    /** What the conn called on this adapter, in order: {@code sendResp}, {@code sendFile}, {@code chunk}, ... */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** The status sent, or null. */
    public @Nullable Integer sentStatus() {
        return status;
    }

    /** The headers sent, {@code set-cookie} included. */
    public List<Header> sentHeaders() {
        return sentHeaders;
    }

    /** The values of header {@code name} that were sent. */
    public List<String> sentHeader(String name) {
        return sentHeaders.stream()
                .filter(h -> h.name().equals(name))
                .map(Header::value)
                .toList();
    }

    /** The body sent, every chunk included. */
    public byte[] sentBody() {
        return sentBody.toByteArray();
    }

    /** The body sent as UTF-8 text. */
    public String sentBodyString() {
        return sentBody.toString(StandardCharsets.UTF_8);
    }

    /** How many times the request body was read from this adapter. */
    public int bodyReads() {
        return bodyReads;
    }
}
