package io.phoenixspring.controller;

import org.jspecify.annotations.Nullable;

/**
 * The options of {@link Controller#sendDownload}, as Phoenix's {@code send_download/3} takes them; immutable, each
 * method returns changed options.
 *
 * <pre>{@code
 * sendDownload(conn, Download.binary(csv), DownloadOptions.defaults().filename("report 2024.csv").charset("utf-8"));
 * }</pre>
 */
public final class DownloadOptions {

    private static final DownloadOptions DEFAULTS = new DownloadOptions(null, null, "attachment", null, 0, -1, true);

    private final @Nullable String filename;
    private final @Nullable String contentType;
    private final String disposition;
    private final @Nullable String charset;
    private final long offset;
    private final long length;
    private final boolean encode;

    private DownloadOptions(
            @Nullable String filename,
            @Nullable String contentType,
            String disposition,
            @Nullable String charset,
            long offset,
            long length,
            boolean encode) {
        this.filename = filename;
        this.contentType = contentType;
        this.disposition = disposition;
        this.charset = charset;
        this.offset = offset;
        this.length = length;
        this.encode = encode;
    }

    /** Phoenix's defaults: attachment, type from the file name, no charset, the whole file, name encoded. */
    public static DownloadOptions defaults() {
        return DEFAULTS;
    }

    /** The name the user sees ({@code :filename}); a file's own name by default, required for bytes. */
    public DownloadOptions filename(String filename) {
        return new DownloadOptions(filename, contentType, disposition, charset, offset, length, encode);
    }

    /** The content type ({@code :content_type}); by default the one of the file name's extension. */
    public DownloadOptions contentType(String contentType) {
        return new DownloadOptions(filename, contentType, disposition, charset, offset, length, encode);
    }

    /**
     * {@code "attachment"} (the default: the browser asks where to save it) or {@code "inline"} (the browser shows it).
     *
     * @throws IllegalArgumentException for anything else
     */
    public DownloadOptions disposition(String disposition) {
        if (!disposition.equals("attachment") && !disposition.equals("inline")) {
            throw new IllegalArgumentException(
                    "expected disposition to be \"attachment\" or \"inline\", got: \"" + disposition + "\"");
        }
        return new DownloadOptions(filename, contentType, disposition, charset, offset, length, encode);
    }

    /** The charset added to the content type ({@code :charset}, e.g. {@code "utf-8"}); none by default. */
    public DownloadOptions charset(String charset) {
        return new DownloadOptions(filename, contentType, disposition, charset, offset, length, encode);
    }

    /**
     * The bytes of a file to skip ({@code :offset}).
     *
     * @throws IllegalArgumentException when negative
     */
    public DownloadOptions offset(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("the download offset must be 0 or more, got " + offset);
        }
        return new DownloadOptions(filename, contentType, disposition, charset, offset, length, encode);
    }

    /**
     * The bytes of a file to send ({@code :length}); the rest of the file by default.
     *
     * @throws IllegalArgumentException when negative
     */
    public DownloadOptions length(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("the download length must be 0 or more, got " + length
                    + "; leave it unset to send the rest of the file");
        }
        return new DownloadOptions(filename, contentType, disposition, charset, offset, length, encode);
    }

    /**
     * Whether the file name is www-form encoded in the header ({@code :encode}, on by default: a space becomes
     * {@code +}). Without it, a name with a quote, CR or LF is refused rather than let into the header.
     */
    public DownloadOptions encode(boolean encode) {
        return new DownloadOptions(filename, contentType, disposition, charset, offset, length, encode);
    }

    /** The file name given, or null. */
    public @Nullable String filename() {
        return filename;
    }

    /** The content type given, or null. */
    public @Nullable String contentType() {
        return contentType;
    }

    /** {@code attachment} or {@code inline}. */
    public String disposition() {
        return disposition;
    }

    /** The charset given, or null. */
    public @Nullable String charset() {
        return charset;
    }

    /** The bytes to skip. */
    public long offset() {
        return offset;
    }

    /** The bytes to send, or {@code -1} for the rest. */
    public long length() {
        return length;
    }

    /** Whether the file name is encoded. */
    public boolean encode() {
        return encode;
    }
}
