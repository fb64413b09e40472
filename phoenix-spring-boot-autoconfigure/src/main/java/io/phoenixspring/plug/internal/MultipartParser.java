package io.phoenixspring.plug.internal;

import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Query;
import io.phoenixspring.conn.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses {@code multipart/*} bodies into params: fields become strings, file parts become {@link Upload}s stored in
 * temporary files that the endpoint deletes when the request ends (see {@link #UPLOADS}).
 */
public final class MultipartParser {

    /** The conn private key holding the list of temporary upload files to delete at the end of the request. */
    public static final String UPLOADS = "plug_uploads";

    private MultipartParser() {}

    /** Parses the body of {@code conn}, reading at most {@code length} bytes. */
    public static Map<String, @Nullable Object> parse(Conn conn, String contentType, long length) {
        String boundary = boundary(contentType);
        byte[] body = conn.readBody(length);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, @Nullable Object> params = new LinkedHashMap<>();
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw malformed("no boundary \"" + boundary + "\" in the body");
        }
        while (true) {
            int afterDelimiter = position + delimiter.length;
            if (startsWith(body, afterDelimiter, "--")) {
                return params;
            }
            int headersStart = skipLineBreak(body, afterDelimiter);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw malformed("a part has no end of headers");
            }
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd + 4);
            if (next < 0) {
                throw malformed("the body ends before the closing boundary \"--" + boundary + "--\"");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            addPart(conn, params, headers, body, headersEnd + 4, next);
            position = next + 2;
        }
    }

    private static void addPart(
            Conn conn, Map<String, @Nullable Object> params, String headers, byte[] body, int from, int to) {
        String disposition = null;
        String partType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                partType = value;
            }
        }
        if (disposition == null) {
            return;
        }
        String name = dispositionParam(disposition, "name");
        if (name == null) {
            return;
        }
        String filename = dispositionParam(disposition, "filename");
        if (filename == null) {
            Query.decodePair(name, utf8(body, from, to, name), params);
        } else if (!filename.isEmpty()) {
            Query.decodePair(name, new Upload(store(conn, body, from, to), partType, filename), params);
        }
    }

    private static String utf8(byte[] body, int from, int to, String name) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException(
                    "invalid UTF-8 in multipart field \"" + name + "\"; send text fields as UTF-8, or as a file part",
                    e);
        }
    }

    private static Path store(Conn conn, byte[] body, int from, int to) {
        try {
            Path file = Files.createTempFile("phoenix-upload-", ".tmp");
            List<Path> uploads = conn.getPrivate(UPLOADS);
            if (uploads == null) {
                uploads = new ArrayList<>();
                conn.putPrivate(UPLOADS, uploads);
            }
            uploads.add(file);
            try (var out = Files.newOutputStream(file)) {
                out.write(body, from, to - from);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("storing an uploaded file failed", e);
        }
    }

    private static @Nullable String dispositionParam(String disposition, String param) {
        for (String part : disposition.split(";")) {
            String trimmed = part.trim();
            int eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.substring(0, eq).trim().equalsIgnoreCase(param)) {
                String value = trimmed.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    private static String boundary(String contentType) {
        for (String part : contentType.split(";")) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length());
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty() && value.length() <= 70) {
                    return value;
                }
            }
        }
        throw malformed("the content type has no boundary parameter (got \"" + contentType + "\")");
    }

    private static BadRequestException malformed(String detail) {
        return new BadRequestException(
                "malformed multipart body: " + detail + "; send a multipart/form-data body" + " as RFC 7578 describes");
    }

    private static int skipLineBreak(byte[] body, int at) {
        if (startsWith(body, at, "\r\n")) {
            return at + 2;
        }
        throw malformed("the boundary is not followed by a line break");
    }

    private static boolean startsWith(byte[] body, int at, String text) {
        if (at + text.length() > body.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (body[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
