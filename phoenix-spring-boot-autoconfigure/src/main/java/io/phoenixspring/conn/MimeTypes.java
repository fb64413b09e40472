package io.phoenixspring.conn;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Formats (file extensions) and their MIME types, as the {@code mime} library Phoenix and Plug use knows them: for
 * content negotiation, rendering by format and serving static files.
 */
public final class MimeTypes {

    private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("text/html", List.of("html", "htm")),
            Map.entry("application/json", List.of("json")),
            Map.entry("text/plain", List.of("txt", "text")),
            Map.entry("application/xml", List.of("xml")),
            Map.entry("text/xml", List.of("xml")),
            Map.entry("text/css", List.of("css")),
            Map.entry("text/javascript", List.of("js")),
            Map.entry("application/javascript", List.of("js")),
            Map.entry("text/csv", List.of("csv")),
            Map.entry("application/xhtml+xml", List.of("xhtml")),
            Map.entry("application/pdf", List.of("pdf")),
            Map.entry("text/event-stream", List.of("event-stream")),
            Map.entry("application/octet-stream", List.of("bin")));

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("json", "application/json"),
            Map.entry("text", "text/plain"),
            Map.entry("txt", "text/plain"),
            Map.entry("xml", "application/xml"),
            Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"),
            Map.entry("csv", "text/csv"),
            Map.entry("xhtml", "application/xhtml+xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("event-stream", "text/event-stream"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("wasm", "application/wasm"));

    private MimeTypes() {}

    /** The formats (extensions) of {@code mimeType}, e.g. {@code [html, htm]} for {@code text/html}. */
    public static List<String> extensions(String mimeType) {
        return EXTENSIONS.getOrDefault(mimeType.toLowerCase(Locale.ROOT), List.of());
    }

    /** The MIME type of {@code format}, {@code application/octet-stream} when unknown. */
    public static String type(String format) {
        return TYPES.getOrDefault(format.toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    /** The MIME type of the file at {@code path} by its extension, {@code application/octet-stream} when unknown. */
    public static String fromPath(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot <= slash ? "application/octet-stream" : type(path.substring(dot + 1));
    }
}
