package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.ConnException;
import io.phoenixspring.conn.ConnState;
import io.phoenixspring.conn.FakeConnAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticPlugTests {

    @TempDir
    Path root;

    private StaticPlug plug;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(root.resolve("css"));
        Files.createDirectories(root.resolve("js"));
        Files.createDirectories(root.resolve("private"));
        Files.writeString(root.resolve("css/app.css"), "body{}");
        Files.writeString(root.resolve("js/app.js"), "plain");
        Files.write(root.resolve("js/app.js.gz"), new byte[] {0x1f, (byte) 0x8b, 1});
        Files.writeString(root.resolve("private/secret.txt"), "secret");
        Files.writeString(root.resolve("robots.txt"), "User-agent: *");
        plug = new StaticPlug(options("/", false));
    }

    private StaticPlug.Options options(String at, boolean gzip) {
        return new StaticPlug.Options(
                at,
                "file:" + root,
                List.of("css", "js", "robots.txt"),
                List.of("favicon"),
                gzip,
                "public",
                "public, max-age=31536000",
                Map.of());
    }

    private static FakeConnAdapter get(String target) {
        return FakeConnAdapter.request("GET", target);
    }

    // ---------------------------------------------------------------- serving

    @Test
    void servesAFileUnderOnlyWithContentTypeAndEtag() {
        FakeConnAdapter adapter = get("/css/app.css");

        Conn conn = plug.call(adapter.conn());

        assertThat(conn.isHalted()).isTrue();
        assertThat(conn.state()).isEqualTo(ConnState.SENT);
        assertThat(adapter.sentStatus()).isEqualTo(200);
        assertThat(adapter.sentBodyString()).isEqualTo("body{}");
        assertThat(adapter.sentHeader("content-type")).containsExactly("text/css");
        assertThat(adapter.sentHeader("cache-control")).containsExactly("public");
        assertThat(adapter.sentHeader("etag")).singleElement().asString().matches("\"[0-9A-F]+\"");
    }

    @Test
    void servesATopLevelFileNamedInOnly() {
        FakeConnAdapter adapter = get("/robots.txt");

        plug.call(adapter.conn());

        assertThat(adapter.sentBodyString()).isEqualTo("User-agent: *");
        assertThat(adapter.sentHeader("content-type")).containsExactly("text/plain");
    }

    @Test
    void servesFilesMatchingAnOnlyMatchingPrefix() throws IOException {
        Files.write(root.resolve("favicon-32.png"), new byte[] {1, 2, 3});
        FakeConnAdapter adapter = get("/favicon-32.png");

        plug.call(adapter.conn());

        assertThat(adapter.sentBody()).containsExactly(1, 2, 3);
        assertThat(adapter.sentHeader("content-type")).containsExactly("image/png");
    }

    @Test
    void headRequestIsServedToo() {
        FakeConnAdapter adapter = FakeConnAdapter.request("HEAD", "/css/app.css");

        Conn conn = plug.call(adapter.conn());

        assertThat(conn.isHalted()).isTrue();
        assertThat(adapter.sentStatus()).isEqualTo(200);
    }

    @Test
    void servesUnderTheAtPrefixOnly() {
        StaticPlug mounted = new StaticPlug(options("/assets", false));
        FakeConnAdapter under = get("/assets/css/app.css");
        FakeConnAdapter outside = get("/css/app.css");

        mounted.call(under.conn());
        Conn passed = mounted.call(outside.conn());

        assertThat(under.sentBodyString()).isEqualTo("body{}");
        assertThat(passed.isHalted()).isFalse();
        assertThat(outside.events()).isEmpty();
    }

    @Test
    void extraHeadersAreSent() {
        StaticPlug withHeaders = new StaticPlug(new StaticPlug.Options(
                "/", "file:" + root, List.of(), List.of(), false, "public", "", Map.of("x-static", "1")));
        FakeConnAdapter adapter = get("/css/app.css");

        withHeaders.call(adapter.conn());

        assertThat(adapter.sentHeader("x-static")).containsExactly("1");
    }

    // ---------------------------------------------------------------- caching

    @Test
    void matchingIfNoneMatchGivesNotModified() {
        FakeConnAdapter first = get("/css/app.css");
        plug.call(first.conn());
        String etag = first.sentHeader("etag").get(0);

        for (String ifNoneMatch : List.of(etag, "\"other\", " + etag, "W/" + etag, "*")) {
            FakeConnAdapter second = get("/css/app.css").header("if-none-match", ifNoneMatch);
            Conn conn = plug.call(second.conn());

            assertThat(conn.isHalted()).isTrue();
            assertThat(second.sentStatus()).as(ifNoneMatch).isEqualTo(304);
            assertThat(second.sentBody()).isEmpty();
        }
    }

    @Test
    void staleIfNoneMatchGetsTheFile() {
        FakeConnAdapter adapter = get("/css/app.css").header("if-none-match", "\"stale\"");

        plug.call(adapter.conn());

        assertThat(adapter.sentStatus()).isEqualTo(200);
        assertThat(adapter.sentBodyString()).isEqualTo("body{}");
    }

    @Test
    void changedFileGetsANewEtag() throws IOException {
        FakeConnAdapter first = get("/css/app.css");
        plug.call(first.conn());
        String etag = first.sentHeader("etag").get(0);

        Path file = root.resolve("css/app.css");
        Files.writeString(file, "body{color:red}");
        Files.setLastModifiedTime(
                file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));
        FakeConnAdapter second = get("/css/app.css").header("if-none-match", etag);
        plug.call(second.conn());

        assertThat(second.sentStatus()).isEqualTo(200);
        assertThat(second.sentBodyString()).isEqualTo("body{color:red}");
        assertThat(second.sentHeader("etag")).singleElement().isNotEqualTo(etag);
    }

    @Test
    void fileCreatedAfterAMissIsServed() throws IOException {
        Conn missed = plug.call(get("/css/late.css").conn());
        assertThat(missed.isHalted()).isFalse();

        Files.writeString(root.resolve("css/late.css"), "late{}");
        FakeConnAdapter adapter = get("/css/late.css");
        plug.call(adapter.conn());

        assertThat(adapter.sentBodyString()).isEqualTo("late{}");
    }

    @Test
    void vsnQueryGetsLongLivedCacheControlAndNoEtag() {
        FakeConnAdapter adapter = get("/css/app.css?vsn=d");

        plug.call(adapter.conn());

        assertThat(adapter.sentStatus()).isEqualTo(200);
        assertThat(adapter.sentHeader("cache-control")).containsExactly("public, max-age=31536000");
        assertThat(adapter.sentHeader("etag")).isEmpty();
    }

    // ---------------------------------------------------------------- gzip

    @Test
    void gzipSiblingIsServedWhenAcceptedAndEnabled() {
        StaticPlug gzip = new StaticPlug(options("/", true));
        FakeConnAdapter adapter = get("/js/app.js").header("accept-encoding", "br, gzip;q=0.8");

        gzip.call(adapter.conn());

        assertThat(adapter.sentBody()).containsExactly(0x1f, 0x8b, 1);
        assertThat(adapter.sentHeader("content-encoding")).containsExactly("gzip");
        assertThat(adapter.sentHeader("content-type")).containsExactly("text/javascript");
        assertThat(adapter.sentHeader("vary")).containsExactly("Accept-Encoding");
    }

    @Test
    void gzipSiblingIsNotServedWhenNotAccepted() {
        StaticPlug gzip = new StaticPlug(options("/", true));
        for (String acceptEncoding : List.of("br", "gzip;q=0", "gzip; q=0.0", "identity")) {
            FakeConnAdapter adapter = get("/js/app.js").header("accept-encoding", acceptEncoding);

            gzip.call(adapter.conn());

            assertThat(adapter.sentBodyString()).as(acceptEncoding).isEqualTo("plain");
            assertThat(adapter.sentHeader("content-encoding")).isEmpty();
        }
    }

    @Test
    void gzipSiblingIsNotServedWhenDisabled() {
        FakeConnAdapter adapter = get("/js/app.js").header("accept-encoding", "gzip");

        plug.call(adapter.conn());

        assertThat(adapter.sentBodyString()).isEqualTo("plain");
        assertThat(adapter.sentHeader("content-encoding")).isEmpty();
        assertThat(adapter.sentHeader("vary")).isEmpty();
    }

    // ---------------------------------------------------------------- unsafe paths

    @Test
    void traversalAndOddSegmentsAreBadRequests() {
        List<String> paths = List.of(
                "/css/../private/secret.txt",
                "/css/./app.css",
                "/css/%2e%2e/private/secret.txt",
                "/css/%2E%2E/private/secret.txt",
                "/css/.%2e/private/secret.txt",
                "/css/..%2Fprivate%2Fsecret.txt",
                "/css/%2e",
                "/css/..\\private\\secret.txt",
                "/css/%5C..%5Cprivate",
                "/css/app.css%00.png",
                "/css/c:app.css",
                "/css/c%3Aapp.css",
                "/css/%zz");
        for (String path : paths) {
            FakeConnAdapter adapter = get(path);

            assertThatThrownBy(() -> plug.call(adapter.conn()))
                    .as(path)
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("invalid path for static asset")
                    .extracting(e -> ((ConnException) e).plugStatus())
                    .isEqualTo(400);
            assertThat(adapter.events()).as(path).isEmpty();
        }
    }

    // ---------------------------------------------------------------- passing through

    @Test
    void nonGetOrHeadPassesThrough() {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            FakeConnAdapter adapter = FakeConnAdapter.request(method, "/css/app.css");

            Conn conn = plug.call(adapter.conn());

            assertThat(conn.isHalted()).as(method).isFalse();
            assertThat(conn.state()).isEqualTo(ConnState.UNSET);
            assertThat(adapter.events()).isEmpty();
        }
    }

    @Test
    void pathOutsideOnlyPassesThroughUntouched() {
        for (String path : List.of("/private/secret.txt", "/", "/css", "/../css/app.css", "/%2e%2e/etc/passwd")) {
            FakeConnAdapter adapter = get(path);

            Conn conn = plug.call(adapter.conn());

            assertThat(conn.isHalted()).as(path).isFalse();
            assertThat(conn.state()).isEqualTo(ConnState.UNSET);
            assertThat(conn.getRespHeader("cache-control")).containsExactly("max-age=0, private, must-revalidate");
            assertThat(adapter.events()).isEmpty();
        }
    }

    @Test
    void missingFilePassesThrough() {
        FakeConnAdapter adapter = get("/css/missing.css");

        Conn conn = plug.call(adapter.conn());

        assertThat(conn.isHalted()).isFalse();
        assertThat(conn.getRespHeader("etag")).isEmpty();
        assertThat(adapter.events()).isEmpty();
    }

    @Test
    void directoryPassesThrough() {
        Conn conn = plug.call(get("/css/").conn());

        assertThat(conn.isHalted()).isFalse();
    }

    @Test
    void rootThatIsNeitherClasspathNorFileIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StaticPlug(new StaticPlug.Options(
                        "/", "/srv/static", List.of(), List.of(), false, "public", "", Map.of())))
                .withMessageContaining("classpath:/...");
    }

    @Test
    void bytesAreSentAsTheyAreOnDisk() throws IOException {
        byte[] bytes = "héllo\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve("css/raw.css"), bytes);
        FakeConnAdapter adapter = get("/css/raw.css");

        plug.call(adapter.conn());

        assertThat(adapter.sentBody()).isEqualTo(bytes);
    }
}
