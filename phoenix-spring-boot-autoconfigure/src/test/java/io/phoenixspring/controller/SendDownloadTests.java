package io.phoenixspring.controller;

import static io.phoenixspring.controller.Controller.putStatus;
import static io.phoenixspring.controller.Controller.sendDownload;
import static io.phoenixspring.controller.ControllerFixtures.get;
import static io.phoenixspring.controller.ControllerFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phoenixspring.conn.Conn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code send_download/3} (seed-D 4.25, 7.10). */
class SendDownloadTests {

    @TempDir
    Path dir;

    @Test
    void binaryIsSentAsAnAttachmentWithTheNameWwwFormEncoded() {
        Conn conn = sendDownload(
                get("/"), Download.binary("world"), DownloadOptions.defaults().filename("hello world.txt"));

        assertThat(sent(conn).events()).containsExactly("sendResp");
        assertThat(sent(conn).sentStatus()).isEqualTo(200);
        assertThat(sent(conn).sentHeader("content-type")).containsExactly("text/plain");
        assertThat(sent(conn).sentHeader("content-disposition"))
                .containsExactly("attachment; filename=\"hello+world.txt\"");
        assertThat(sent(conn).sentBodyString()).isEqualTo("world");
    }

    @Test
    void filenameEncodingLeavesOnlyUnreservedCharacters() {
        Conn conn = sendDownload(
                get("/"),
                Download.binary("x"),
                DownloadOptions.defaults().filename("r\u00e9sum\u00e9 \"a\";b\r\n.pdf"));

        assertThat(sent(conn).sentHeader("content-disposition"))
                .containsExactly("attachment; filename=\"r%C3%A9sum%C3%A9+%22a%22%3Bb%0D%0A.pdf\"");
        assertThat(sent(conn).sentHeader("content-type")).containsExactly("application/pdf");
    }

    @Test
    void inlineDispositionCharsetAndContentTypeAreTakenFromTheOptions() {
        Conn conn = sendDownload(
                get("/"),
                Download.binary("a,b"),
                DownloadOptions.defaults()
                        .filename("data.bin")
                        .disposition("inline")
                        .contentType("text/csv")
                        .charset("utf-8"));

        assertThat(sent(conn).sentHeader("content-disposition")).containsExactly("inline; filename=\"data.bin\"");
        assertThat(sent(conn).sentHeader("content-type")).containsExactly("text/csv; charset=utf-8");
    }

    @Test
    void unknownExtensionIsOctetStream() {
        Conn conn = sendDownload(
                get("/"), Download.binary("x"), DownloadOptions.defaults().filename("blob.zzz"));

        assertThat(sent(conn).sentHeader("content-type")).containsExactly("application/octet-stream");
    }

    @Test
    void otherDispositionIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DownloadOptions.defaults().disposition("form-data"))
                .withMessage("expected disposition to be \"attachment\" or \"inline\", got: \"form-data\"");
    }

    @Test
    void binaryWithoutFilenameIsRefusedWithPhoenixsMessage() {
        Conn conn = get("/");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> sendDownload(conn, Download.binary("world")))
                .withMessageStartingWith("filename option is required when sending binary download;");
        assertThat(sent(conn).events()).isEmpty();
    }

    @Test
    void statusSetBeforeIsKept() {
        Conn conn = sendDownload(
                putStatus(get("/"), 201),
                Download.binary("x"),
                DownloadOptions.defaults().filename("a.txt"));

        assertThat(sent(conn).sentStatus()).isEqualTo(201);
    }

    @Test
    void fileIsSentWithItsOwnName() throws IOException {
        Path file = Files.writeString(dir.resolve("prospectus.txt"), "0123456789");

        Conn conn = sendDownload(get("/"), Download.file(file));

        assertThat(sent(conn).events()).containsExactly("sendFile");
        assertThat(sent(conn).sentHeader("content-disposition"))
                .containsExactly("attachment; filename=\"prospectus.txt\"");
        assertThat(sent(conn).sentHeader("content-type")).containsExactly("text/plain");
        assertThat(sent(conn).sentBodyString()).isEqualTo("0123456789");
    }

    @Test
    void fileOffsetAndLengthSendExactlyThoseBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("digits.txt"), "0123456789");

        Conn conn = sendDownload(
                get("/"),
                Download.file(file),
                DownloadOptions.defaults().offset(2).length(3).filename("part.txt"));

        assertThat(sent(conn).sentBodyString()).isEqualTo("234");
        assertThat(sent(conn).sentHeader("content-disposition")).containsExactly("attachment; filename=\"part.txt\"");
    }

    @Test
    void offsetAndLengthOfBytesAreRefusedRatherThanIgnored() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> sendDownload(
                        get("/"),
                        Download.binary("x"),
                        DownloadOptions.defaults().filename("a").offset(1)))
                .withMessageStartingWith("offset and length apply to file downloads only");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DownloadOptions.defaults().offset(-1))
                .withMessageContaining("got -1");
    }

    @Test
    void unencodedFilenameIsSentAsItIsButNeverWithQuotesOrLineBreaks() {
        Conn conn = sendDownload(
                get("/"),
                Download.binary("x"),
                DownloadOptions.defaults().filename("a b.txt").encode(false));
        assertThat(sent(conn).sentHeader("content-disposition")).containsExactly("attachment; filename=\"a b.txt\"");

        for (String bad : new String[] {"a\".txt", "a\r\nx: y.txt", "a\n.txt"}) {
            Conn refused = get("/");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> sendDownload(
                            refused,
                            Download.binary("x"),
                            DownloadOptions.defaults().filename(bad).encode(false)))
                    .withMessageContaining("contains a quote, CR or LF");
            assertThat(sent(refused).events()).isEmpty();
        }
    }

    @Test
    void binaryIsCopiedWhenTheDownloadIsMade() {
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        Download download = Download.binary(bytes);
        bytes[0] = 'z';

        Conn conn = sendDownload(get("/"), download, DownloadOptions.defaults().filename("a.txt"));

        assertThat(sent(conn).sentBodyString()).isEqualTo("abc");
    }
}
