package io.phoenixspring.conn;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file uploaded in a multipart body, as {@code Plug.Upload}: the file is stored at {@code path} and deleted when
 * the request ends; copy it elsewhere to keep it.
 *
 * @param path where the uploaded bytes are stored for the length of the request
 * @param contentType the content type the client gave for the part, if any
 * @param filename the file name the client gave
 */
public record Upload(Path path, @Nullable String contentType, String filename) {}
