package io.phoenixspring.plug;

import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Query;
import io.phoenixspring.plug.internal.StaticFiles;
import io.phoenixspring.plug.internal.StaticFiles.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Serves static files, as {@code Plug.Static}: {@code GET} and {@code HEAD} requests under {@code at} whose first
 * segment is in {@code only} (or starts with one of {@code onlyMatching}) are answered from {@code from}, and the conn
 * halts. Anything else passes on untouched.
 *
 * <ul>
 *   <li>an {@code etag} is sent and a matching {@code if-none-match} gives 304;
 *   <li>a request with a {@code vsn} query param (a digested asset) gets the long-lived {@code cache-control};
 *   <li>{@code FILE.gz} is sent with {@code content-encoding: gzip} when it exists and the client accepts gzip;
 *   <li>a path with {@code ..}, {@code .}, empty segments, encoded slashes, backslashes, colons or NUL is a 400 and
 *       never reaches the file system.
 * </ul>
 */
public final class StaticPlug implements Plug {

    private final List<String> at;
    private final List<String> only;
    private final List<String> onlyMatching;
    private final boolean gzip;
    private final String cacheControlForEtags;
    private final String cacheControlForVsnRequests;
    private final Map<String, String> headers;
    private final StaticFiles files;

    /**
     * @param options where to serve from and how
     */
    public StaticPlug(Options options) {
        this.at = Conn.splitPath(options.at());
        this.only = List.copyOf(options.only());
        this.onlyMatching = List.copyOf(options.onlyMatching());
        this.gzip = options.gzip();
        this.cacheControlForEtags = options.cacheControlForEtags();
        this.cacheControlForVsnRequests = options.cacheControlForVsnRequests();
        this.headers = Map.copyOf(options.headers());
        this.files = new StaticFiles(options.from());
    }

    @Override
    public Conn call(Conn conn) {
        String method = conn.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return conn;
        }
        List<String> segments = subset(conn.pathInfo());
        if (segments == null || segments.isEmpty() || !allowed(segments.get(0))) {
            return conn;
        }
        List<String> decoded = decode(segments);
        boolean acceptsGzip = gzip && acceptsGzip(conn);
        Optional<Entry> found = files.find(String.join("/", decoded), acceptsGzip);
        return found.map(entry -> serve(conn, entry)).orElse(conn);
    }

    private Conn serve(Conn conn, Entry entry) {
        boolean vsn = conn.queryParams().containsKey("vsn") && !cacheControlForVsnRequests.isEmpty();
        if (vsn) {
            conn.putRespHeader("cache-control", cacheControlForVsnRequests);
        } else {
            conn.putRespHeader("cache-control", cacheControlForEtags).putRespHeader("etag", entry.etag());
            if (conn.getReqHeader("if-none-match").stream().anyMatch(v -> matchesEtag(v, entry.etag()))) {
                return conn.sendResp(304, new byte[0]).halt();
            }
        }
        conn.putRespHeader("content-type", entry.contentType());
        if (entry.gzipped()) {
            conn.putRespHeader("content-encoding", "gzip");
        }
        if (gzip) {
            conn.putRespHeader("vary", "Accept-Encoding");
        }
        headers.forEach(conn::putRespHeader);
        return conn.sendResp(200, entry.read()).halt();
    }

    private static boolean matchesEtag(String header, String etag) {
        for (String candidate : header.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals(etag) || trimmed.equals("*") || trimmed.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private @Nullable List<String> subset(List<String> path) {
        if (at.isEmpty()) {
            return path;
        }
        if (path.size() < at.size() || !path.subList(0, at.size()).equals(at)) {
            return null;
        }
        return path.subList(at.size(), path.size());
    }

    private boolean allowed(String first) {
        if (only.isEmpty() && onlyMatching.isEmpty()) {
            return true;
        }
        if (only.contains(first)) {
            return true;
        }
        for (String prefix : onlyMatching) {
            if (first.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> decode(List<String> segments) {
        List<String> decoded = new ArrayList<>(segments.size());
        for (String segment : segments) {
            String value;
            try {
                value = Query.decodePathSegment(segment);
            } catch (BadRequestException e) {
                throw invalidPath();
            }
            if (value.isEmpty()
                    || value.equals(".")
                    || value.equals("..")
                    || value.indexOf('/') >= 0
                    || value.indexOf('\\') >= 0
                    || value.indexOf(':') >= 0
                    || value.indexOf('\0') >= 0) {
                throw invalidPath();
            }
            decoded.add(value);
        }
        return decoded;
    }

    private static BadRequestException invalidPath() {
        return new BadRequestException("invalid path for static asset; static paths may not contain \"..\", \".\","
                + " encoded slashes, backslashes, colons or NUL");
    }

    private static boolean acceptsGzip(Conn conn) {
        for (String value : conn.getReqHeader("accept-encoding")) {
            for (String coding : value.split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].trim();
                if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                    return quality(parts) > 0;
                }
            }
        }
        return false;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            if (param.startsWith("q=")) {
                try {
                    return Double.parseDouble(param.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /**
     * How a {@link StaticPlug} serves.
     *
     * @param at the request path files are served under, e.g. {@code "/"}
     * @param from where files are: {@code classpath:/static} or {@code file:/srv/static}
     * @param only the first path segments served ({@code css}, {@code js}, {@code favicon.ico}); empty serves all
     * @param onlyMatching prefixes of first segments served, e.g. {@code "favicon"} for {@code favicon-32.png}
     * @param gzip whether {@code FILE.gz} is served to clients that accept gzip
     * @param cacheControlForEtags {@code cache-control} of responses validated by etag
     * @param cacheControlForVsnRequests {@code cache-control} of requests with a {@code vsn} param (digested assets)
     * @param headers extra response headers for every file served
     */
    public record Options(
            String at,
            String from,
            List<String> only,
            List<String> onlyMatching,
            boolean gzip,
            String cacheControlForEtags,
            String cacheControlForVsnRequests,
            Map<String, String> headers) {

        /** A generated Phoenix endpoint's static plug: {@code classpath:/static} at {@code /}. */
        public static Options defaults() {
            return new Options(
                    "/",
                    "classpath:/static",
                    List.of("css", "fonts", "images", "js", "favicon.ico", "robots.txt"),
                    List.of(),
                    false,
                    "public",
                    "public, max-age=31536000",
                    Map.of());
        }
    }
}
