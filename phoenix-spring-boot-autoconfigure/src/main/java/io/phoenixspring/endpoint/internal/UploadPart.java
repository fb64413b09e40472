package io.phoenixspring.endpoint.internal;

import io.phoenixspring.conn.Upload;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A file of a multipart body the endpoint's parsers already read, as a servlet {@link Part}, so Spring MVC can still
 * read it (as a {@code MultipartFile}) when the request falls through.
 */
final class UploadPart implements Part {

    private final String name;
    private final Upload upload;

    UploadPart(String name, Upload upload) {
        this.name = name;
        this.upload = upload;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return Files.newInputStream(upload.path());
    }

    @Override
    public @Nullable String getContentType() {
        return upload.contentType();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getSubmittedFileName() {
        return upload.filename();
    }

    @Override
    public long getSize() {
        try {
            return Files.size(upload.path());
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file " + upload.path() + " cannot be read", e);
        }
    }

    @Override
    public void write(String fileName) throws IOException {
        Files.copy(upload.path(), Path.of(fileName), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete() throws IOException {
        Files.deleteIfExists(upload.path());
    }

    @Override
    public @Nullable String getHeader(String header) {
        return switch (header.toLowerCase(Locale.ROOT)) {
            case "content-disposition" ->
                "form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(upload.filename()) + "\"";
            case "content-type" -> upload.contentType();
            default -> null;
        };
    }

    @Override
    public Collection<String> getHeaders(String header) {
        String value = getHeader(header);
        return value == null ? List.of() : List.of(value);
    }

    @Override
    public Collection<String> getHeaderNames() {
        List<String> names = new ArrayList<>(List.of("content-disposition"));
        if (upload.contentType() != null) {
            names.add("content-type");
        }
        return names;
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
