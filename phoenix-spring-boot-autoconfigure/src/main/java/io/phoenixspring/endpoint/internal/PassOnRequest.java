package io.phoenixspring.endpoint.internal;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Upload;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The request handed on to Spring MVC when no Phoenix route matched: the body the parsers already read is replayed,
 * and the request params (query string, then a urlencoded body) are answered as the servlet container would: flat
 * names such as {@code user[name]}, and every value of a repeated name. The files of a multipart body are answered as
 * {@link Part}s and its fields as params.
 */
public final class PassOnRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;
    private final boolean multipart;
    private final List<Part> parts;

    public PassOnRequest(HttpServletRequest request, Conn conn) {
        super(request);
        byte[] read = conn.rawBody();
        this.body = read == null ? new byte[0] : read;
        Charset charset = charset(request);
        Map<String, List<String>> params = new LinkedHashMap<>();
        decode(conn.queryString(), charset, params);
        String contentType = request.getContentType();
        if (isType(contentType, "application/x-www-form-urlencoded")) {
            decode(new String(body, charset), charset, params);
        }
        List<Part> uploads = new ArrayList<>();
        this.multipart = isType(contentType, "multipart/");
        if (multipart) {
            flatten("", conn.bodyParams(), params, uploads);
        }
        this.parts = List.copyOf(uploads);
        Map<String, String[]> flat = new LinkedHashMap<>();
        params.forEach((name, values) -> flat.put(name, values.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(flat);
    }

    /**
     * Decodes {@code query} as the servlet container does: flat names ({@code user[name]} stays a name), every value of
     * a repeated name kept in order.
     */
    private static void decode(String query, Charset charset, Map<String, List<String>> params) {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = unescape(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : unescape(pair.substring(eq + 1), charset);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    /** Names multipart params back as they were sent ({@code user[name]}, {@code tags[]}); files become parts. */
    private static void flatten(
            String name, @Nullable Object value, Map<String, List<String>> params, List<Part> uploads) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, nested) ->
                    flatten(name.isEmpty() ? String.valueOf(key) : name + "[" + key + "]", nested, params, uploads));
        } else if (value instanceof List<?> list) {
            list.forEach(element -> flatten(name + "[]", element, params, uploads));
        } else if (value instanceof Upload upload) {
            uploads.add(new UploadPart(name, upload));
        } else if (value != null) {
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
        }
    }

    private static String unescape(String text, Charset charset) {
        try {
            return URLDecoder.decode(text, charset);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static boolean isType(@Nullable String contentType, String prefix) {
        return contentType != null
                && contentType.trim().toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    private static Charset charset(HttpServletRequest request) {
        String encoding = request.getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
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
    public Collection<Part> getParts() throws IOException, ServletException {
        return multipart ? parts : super.getParts();
    }

    @Override
    public @Nullable Part getPart(String name) throws IOException, ServletException {
        if (!multipart) {
            return super.getPart(name);
        }
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
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
