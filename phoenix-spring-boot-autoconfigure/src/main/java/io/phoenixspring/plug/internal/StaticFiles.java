package io.phoenixspring.plug.internal;

import io.phoenixspring.conn.MimeTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Looks static files up under a root (a class path location or a directory). Class path lookups are remembered, so a
 * resource is located once and only read per request; a directory is looked at on every request, as
 * {@code Plug.Static} stats the file, so an edited file gets a new etag and a new file is found.
 */
public final class StaticFiles {

    private static final int MAX_CACHED = 10_000;

    private final @Nullable String classpathRoot;
    private final @Nullable Path directory;
    private final ClassLoader classLoader;
    private final Map<String, Optional<Location>> cache = new ConcurrentHashMap<>();

    /** Files under {@code from}: {@code classpath:/static} or {@code file:/srv/static}. */
    public StaticFiles(String from) {
        this.classLoader = StaticFiles.class.getClassLoader();
        if (from.startsWith("classpath:")) {
            String root = from.substring("classpath:".length());
            while (root.startsWith("/")) {
                root = root.substring(1);
            }
            this.classpathRoot = root.endsWith("/") || root.isEmpty() ? root : root + "/";
            this.directory = null;
        } else if (from.startsWith("file:")) {
            this.classpathRoot = null;
            this.directory =
                    Path.of(from.substring("file:".length())).toAbsolutePath().normalize();
        } else {
            throw new IllegalArgumentException(
                    "static files must come from \"classpath:/...\" or \"file:/...\", got \"" + from + "\"");
        }
    }

    /**
     * The file at {@code relativePath} (already checked for traversal), its {@code .gz} sibling when
     * {@code acceptsGzip} and one exists.
     */
    public Optional<Entry> find(String relativePath, boolean acceptsGzip) {
        Optional<Location> plain = locate(relativePath);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        String type = MimeTypes.fromPath(relativePath);
        if (acceptsGzip) {
            Optional<Location> gz = locate(relativePath + ".gz");
            if (gz.isPresent()) {
                return Optional.of(new Entry(gz.get(), type, true));
            }
        }
        return Optional.of(new Entry(plain.get(), type, false));
    }

    private Optional<Location> locate(String relativePath) {
        if (directory != null) {
            return lookup(relativePath);
        }
        Optional<Location> cached = cache.get(relativePath);
        if (cached != null) {
            return cached;
        }
        Optional<Location> found = lookup(relativePath);
        if (cache.size() < MAX_CACHED) {
            cache.put(relativePath, found);
        }
        return found;
    }

    private Optional<Location> lookup(String relativePath) {
        try {
            if (directory != null) {
                Path file = directory.resolve(relativePath).normalize();
                if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                return Optional.of(new Location(
                        file.toUri().toURL(),
                        Files.size(file),
                        Files.getLastModifiedTime(file).toMillis()));
            }
            URL url = classLoader.getResource(classpathRoot + relativePath);
            if (url == null || url.getPath().endsWith("/")) {
                return Optional.empty();
            }
            if (url.getProtocol().equals("file") && !Files.isRegularFile(Path.of(url.toURI()))) {
                return Optional.empty();
            }
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            long size = connection.getContentLengthLong();
            long modified = connection.getLastModified();
            connection.getInputStream().close();
            return Optional.of(new Location(url, size, modified));
        } catch (IOException | java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private record Location(URL url, long size, long lastModified) {}

    /** A file found, ready to send. */
    public static final class Entry {

        private final Location location;
        private final String contentType;
        private final boolean gzipped;

        Entry(Location location, String contentType, boolean gzipped) {
            this.location = location;
            this.contentType = contentType;
            this.gzipped = gzipped;
        }

        /** The content type by the file's extension. */
        public String contentType() {
            return contentType;
        }

        /** Whether this is the {@code .gz} sibling. */
        public boolean gzipped() {
            return gzipped;
        }

        /** A quoted etag from the file's size and modification time. */
        public String etag() {
            long hash = location.size() * 31 + location.lastModified();
            return "\"" + Long.toHexString(hash & 0xffffffffffL).toUpperCase(Locale.ROOT) + "\"";
        }

        /** The file's bytes. */
        public byte[] read() {
            try (InputStream in = location.url().openStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("reading static file " + location.url() + " failed", e);
            }
        }
    }
}
