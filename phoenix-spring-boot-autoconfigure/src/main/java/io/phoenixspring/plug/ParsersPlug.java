package io.phoenixspring.plug;

import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.ConnException;
import io.phoenixspring.conn.Query;
import io.phoenixspring.plug.internal.MultipartParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the request body into body params, as {@code Plug.Parsers} with the {@code :urlencoded}, {@code :multipart}
 * and {@code :json} parsers. Only {@code POST}, {@code PUT}, {@code PATCH} and {@code DELETE} bodies are read.
 *
 * <ul>
 *   <li>a body longer than {@code length} is a 413 ({@link io.phoenixspring.conn.RequestTooLargeException});
 *   <li>a malformed body is a 400 ({@link BadRequestException}) that says what was wrong;
 *   <li>a JSON body that is not an object goes under {@code "_json"};
 *   <li>a content type no parser takes is left unread when {@code pass} allows it ({@code "*}{@code /*"} passes
 *       all), and is a 415 otherwise.
 * </ul>
 */
public final class ParsersPlug implements Plug {

    /** Plug's default body limit: 8,000,000 bytes. */
    public static final long DEFAULT_LENGTH = 8_000_000L;

    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Set<String> parsers;
    private final List<String> pass;
    private final long length;
    private final JsonMapper json;

    /**
     * @param parsers which parsers run: {@code urlencoded}, {@code multipart}, {@code json}
     * @param pass the content types left unread instead of rejected, e.g. {@code "*}{@code /*"} or {@code "text/*"}
     * @param length the longest body read, in bytes
     * @param json the JSON mapper bodies are decoded with
     */
    public ParsersPlug(Set<String> parsers, List<String> pass, long length, JsonMapper json) {
        for (String parser : parsers) {
            if (!Set.of("urlencoded", "multipart", "json").contains(parser)) {
                throw new IllegalArgumentException(
                        "unknown parser \"" + parser + "\"; the parsers are urlencoded, multipart and json");
            }
        }
        this.parsers = Set.copyOf(parsers);
        this.pass = List.copyOf(pass);
        this.length = length;
        this.json = json;
    }

    /** The parsers of a generated Phoenix endpoint: all three, passing any other type, 8,000,000 bytes. */
    public static ParsersPlug defaults(JsonMapper json) {
        return new ParsersPlug(Set.of("urlencoded", "multipart", "json"), List.of("*/*"), DEFAULT_LENGTH, json);
    }

    @Override
    public Conn call(Conn conn) {
        conn.queryParams();
        if (conn.bodyParamsFetched()) {
            return conn;
        }
        String contentType = conn.firstReqHeader("content-type");
        if (!METHODS.contains(conn.method()) || contentType == null) {
            return conn.putBodyParams(Map.of());
        }
        String mime = mimeType(contentType);
        if (parsers.contains("urlencoded") && mime.equals("application/x-www-form-urlencoded")) {
            return conn.putBodyParams(Query.decode(utf8(conn.readBody(length))));
        }
        if (parsers.contains("multipart") && mime.startsWith("multipart/")) {
            return conn.putBodyParams(MultipartParser.parse(conn, contentType, length));
        }
        if (parsers.contains("json") && isJson(mime)) {
            return conn.putBodyParams(decodeJson(conn.readBody(length)));
        }
        if (passes(mime)) {
            return conn.putBodyParams(Map.of());
        }
        throw new ConnException(
                415,
                "unsupported media type " + mime + "; send one of the parsed types (" + String.join(", ", parsers)
                        + ") or add the type to phoenix.endpoint.parsers.pass");
    }

    private Map<String, @Nullable Object> decodeJson(byte[] body) {
        if (body.length == 0) {
            return Map.of();
        }
        Object decoded;
        try {
            decoded = json.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new BadRequestException(
                    "malformed request, a JSON decoding error was raised with message \"" + e.getOriginalMessage()
                            + "\"; send a valid JSON body",
                    e);
        }
        if (decoded instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> params = new LinkedHashMap<>();
            map.forEach((k, v) -> params.put(String.valueOf(k), v));
            return params;
        }
        Map<String, @Nullable Object> wrapped = new LinkedHashMap<>();
        wrapped.put("_json", decoded);
        return wrapped;
    }

    private boolean passes(String mime) {
        for (String accepted : pass) {
            if (accepted.equals("*/*") || accepted.equals(mime)) {
                return true;
            }
            if (accepted.endsWith("/*") && mime.startsWith(accepted.substring(0, accepted.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJson(String mime) {
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }

    /** The {@code type/subtype} of a content type header, lower case, without parameters. */
    static String mimeType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String mime = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return mime.trim().toLowerCase(Locale.ROOT);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("invalid UTF-8 on urlencoded params; send UTF-8 (percent-encoded) bytes", e);
        }
    }
}
