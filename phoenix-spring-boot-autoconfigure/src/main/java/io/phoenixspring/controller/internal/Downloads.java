package io.phoenixspring.controller.internal;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.MimeTypes;
import io.phoenixspring.conn.Query;
import io.phoenixspring.controller.Download;
import io.phoenixspring.controller.DownloadOptions;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Phoenix's {@code send_download/3}. */
public final class Downloads {

    private static final Logger LOG = LoggerFactory.getLogger(Downloads.class);

    private Downloads() {}

    /** Sends {@code download} with the headers {@code options} call for. */
    public static Conn send(Conn conn, Download download, DownloadOptions options) {
        int status = conn.status() == null ? 200 : conn.status();
        if (download instanceof Download.File file) {
            prepare(conn, options.filename() != null ? options.filename() : fileName(file.path()), options);
            return conn.sendFile(status, file.path(), options.offset(), options.length());
        }
        Download.Binary binary = (Download.Binary) download;
        String filename = options.filename();
        if (filename == null) {
            throw new IllegalArgumentException("filename option is required when sending binary download; give one"
                    + " with DownloadOptions.defaults().filename(\"report.csv\")");
        }
        if (options.offset() != 0 || options.length() >= 0) {
            throw new IllegalArgumentException("offset and length apply to file downloads only (as in Phoenix);"
                    + " send the part of the bytes you want instead");
        }
        prepare(conn, filename, options);
        return conn.sendResp(status, binary.contents());
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            throw new IllegalArgumentException(
                    "cannot download " + path + ", which has no file name; give a file's path");
        }
        return name.toString();
    }

    private static void prepare(Conn conn, String filename, DownloadOptions options) {
        String type = options.contentType() != null ? options.contentType() : MimeTypes.fromPath(filename);
        String encoded = options.encode() ? Query.encodeComponent(filename) : checked(filename);
        if ("XMLHttpRequest".equalsIgnoreCase(conn.firstReqHeader("x-requested-with"))) {
            LOG.warn("sendDownload has been invoked during an AJAX request. The download may not work as expected"
                    + " under XMLHttpRequest");
        }
        conn.putRespContentType(type, options.charset())
                .putRespHeader("content-disposition", options.disposition() + "; filename=\"" + encoded + "\"");
    }

    private static String checked(String filename) {
        for (int i = 0; i < filename.length(); i++) {
            char c = filename.charAt(i);
            if (c == '"' || c == '\r' || c == '\n') {
                throw new IllegalArgumentException("the download filename " + Redirects.inspect(filename)
                        + " contains a quote, CR or LF, which would break the content-disposition header; keep"
                        + " encode on or remove them");
            }
        }
        return filename;
    }
}
