package io.phoenixspring.endpoint.internal;

import io.phoenixspring.conn.Conn;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request handed on to Spring MVC when no Phoenix route matched: the body the parsers already read is replayed,
 * and form params are answered from the conn's params.
 */
public final class PassOnRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    public PassOnRequest(HttpServletRequest request, Conn conn) {
        super(request);
        byte[] read = conn.rawBody();
        this.body = read == null ? new byte[0] : read;
        Map<String, String[]> params = new LinkedHashMap<>();
        conn.queryParams().forEach((k, v) -> put(params, k, v));
        conn.bodyParams().forEach((k, v) -> put(params, k, v));
        this.parameters = Collections.unmodifiableMap(params);
    }

    private static void put(Map<String, String[]> params, String key, Object value) {
        if (value instanceof String s) {
            params.put(key, new String[] {s});
        } else if (value instanceof java.util.List<?> list && list.stream().allMatch(String.class::isInstance)) {
            params.put(key + "[]", list.toArray(String[]::new));
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body was already read; asynchronous reads are not"
                        + " available after the Phoenix endpoint parsed it");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }
}
