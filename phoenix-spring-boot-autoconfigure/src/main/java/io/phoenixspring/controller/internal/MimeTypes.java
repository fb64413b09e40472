package io.phoenixspring.controller.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats and their MIME types, as the {@code mime} library Phoenix uses knows them. */
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
            Map.entry("event-stream", "text/event-stream"));

    private MimeTypes() {}

    /** The formats (extensions) of {@code mimeType}, e.g. {@code [html, htm]} for {@code text/html}. */
    public static List<String> extensions(String mimeType) {
        return EXTENSIONS.getOrDefault(mimeType.toLowerCase(Locale.ROOT), List.of());
    }

    /** The MIME type of {@code format}, {@code application/octet-stream} when unknown. */
    public static String type(String format) {
        return TYPES.getOrDefault(format.toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
