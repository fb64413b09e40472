package io.phoenixspring.endpoint.internal;

import io.phoenixspring.conn.ConnAdapter;
import io.phoenixspring.conn.Header;
import io.phoenixspring.conn.RequestTooLargeException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A conn over a servlet request and response. */
public final class ServletConnAdapter implements ConnAdapter {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final boolean head;

    public ServletConnAdapter(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
        this.head = "HEAD".equals(request.getMethod());
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String scheme() {
        return request.getScheme();
    }

    @Override
    public String host() {
        return request.getServerName();
    }

    @Override
    public int port() {
        return request.getServerPort();
    }

    @Override
    public String remoteIp() {
        return request.getRemoteAddr();
    }

    @Override
    public String requestPath() {
        return request.getRequestURI();
    }

    @Override
    public String mountPath() {
        return request.getContextPath();
    }

    @Override
    public String queryString() {
        String query = request.getQueryString();
        return query == null ? "" : query;
    }

    @Override
    public List<Header> reqHeaders() {
        List<Header> headers = new ArrayList<>();
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            Enumeration<String> values = request.getHeaders(name);
            while (values.hasMoreElements()) {
                headers.add(new Header(name, values.nextElement()));
            }
        }
        return headers;
    }

    @Override
    public @Nullable String firstReqHeader(String name) {
        return request.getHeader(name);
    }

    @Override
    public byte[] readBody(long maxLength) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxLength) {
            throw tooLarge(declared, maxLength);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxLength + 1));
            if (body.length > maxLength) {
                throw tooLarge(body.length, maxLength);
            }
            return body;
        }
    }

    private static RequestTooLargeException tooLarge(long length, long maxLength) {
        return new RequestTooLargeException(
                "the request body is " + (length > maxLength + 1 ? length : "over " + maxLength)
                        + " bytes, over the limit of " + maxLength + " bytes; send less or raise"
                        + " phoenix.endpoint.parsers.length");
    }

    @Override
    public void sendResp(int status, List<Header> headers, byte @Nullable [] body) throws IOException {
        writeHead(status, headers);
        int length = body == null ? 0 : body.length;
        response.setContentLengthLong(length);
        if (!head && length > 0) {
            ServletOutputStream out = response.getOutputStream();
            out.write(body);
            out.flush();
        }
    }

    @Override
    public void sendFile(int status, List<Header> headers, Path file, long offset, long length) throws IOException {
        long size = Files.size(file);
        long count = length < 0 ? size - offset : Math.min(length, size - offset);
        writeHead(status, headers);
        response.setContentLengthLong(count);
        if (head) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long remaining = count;
            while (remaining > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                remaining -= read;
            }
            out.flush();
        }
    }

    @Override
    public void sendChunked(int status, List<Header> headers) throws IOException {
        writeHead(status, headers);
        response.flushBuffer();
    }

    @Override
    public void chunk(byte[] data) throws IOException {
        if (head || data.length == 0) {
            return;
        }
        ServletOutputStream out = response.getOutputStream();
        out.write(data);
        out.flush();
    }

    private void writeHead(int status, List<Header> headers) {
        response.setStatus(status);
        for (Header header : headers) {
            if (header.name().equals("content-type")) {
                response.setContentType(header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
    }
}
