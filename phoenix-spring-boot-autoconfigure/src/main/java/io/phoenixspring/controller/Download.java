package io.phoenixspring.controller;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What {@link Controller#sendDownload} sends: a file ({@code {:file, path}}) or bytes in memory
 * ({@code {:binary, contents}}).
 *
 * <p>Never build a file's path from request params: that lets a client read any file (directory traversal).
 */
public sealed interface Download permits Download.File, Download.Binary {

    /** The file at {@code path}; its name is the download's file name unless the options give one. */
    static Download file(Path path) {
        return new File(path);
    }

    /** {@code contents} (copied); the options must give a file name. */
    static Download binary(byte[] contents) {
        return new Binary(contents);
    }

    /** {@code contents} as UTF-8; the options must give a file name. */
    static Download binary(String contents) {
        return new Binary(contents.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file on disk, sent without copying it through the heap.
     *
     * @param path the file
     */
    record File(Path path) implements Download {}

    /**
     * Bytes in memory.
     *
     * @param contents the bytes, copied when the download is made
     */
    record Binary(byte[] contents) implements Download {

        public Binary {
            contents = contents.clone();
        }
    }
}
