package io.phoenixspring.plug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.ConnException;
import io.phoenixspring.conn.FakeConnAdapter;
import io.phoenixspring.conn.RequestTooLargeException;
import io.phoenixspring.conn.Upload;
import io.phoenixspring.plug.internal.MultipartParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ParsersPlugTests {

    private static final String BOUNDARY = "----phoenixBoundary7MA4YWxk";

    private final JsonMapper json = JsonMapper.builder().build();
    private final ParsersPlug parsers = ParsersPlug.defaults(json);

    private static FakeConnAdapter post(String contentType, String body) {
        return FakeConnAdapter.request("POST", "/")
                .header("content-type", contentType)
                .body(body);
    }

    // ---------------------------------------------------------------- urlencoded

    @Test
    void urlencodedBodyDecodesIntoNestedParams() {
        Conn conn = parsers.call(
                post("application/x-www-form-urlencoded; charset=utf-8", "user[name]=Jos%C3%A9+S&user[tags][]=a")
                        .conn());

        assertThat(conn.bodyParams()).isEqualTo(Map.of("user", Map.of("name", "José S", "tags", List.of("a"))));
        assertThat(conn.params()).containsKey("user");
    }

    @Test
    void bodyParamsBeatQueryParams() {
        Conn conn = parsers.call(FakeConnAdapter.request("POST", "/?a=query&q=1")
                .header("content-type", "application/x-www-form-urlencoded")
                .body("a=body")
                .conn());

        assertThat(conn.params()).containsOnly(entry("a", "body"), entry("q", "1"));
    }

    @Test
    void invalidUtf8UrlencodedBodyIsABadRequest() {
        Conn raw = FakeConnAdapter.request("POST", "/")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(new byte[] {'a', '=', (byte) 0xff, (byte) 0xfe})
                .conn();
        Conn escaped = post("application/x-www-form-urlencoded", "a=%FF").conn();

        for (Conn conn : List.of(raw, escaped)) {
            assertThatThrownBy(() -> parsers.call(conn))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("UTF-8")
                    .extracting(e -> ((ConnException) e).plugStatus())
                    .isEqualTo(400);
        }
    }

    // ---------------------------------------------------------------- json

    @Test
    void jsonObjectIsMergedIntoParams() {
        Conn conn = parsers.call(post("application/json", "{\"a\":1,\"user\":{\"name\":\"jane\"},\"tags\":[\"x\"]}")
                .conn());

        assertThat(conn.bodyParams())
                .containsOnly(entry("a", 1), entry("user", Map.of("name", "jane")), entry("tags", List.of("x")));
        assertThat(conn.params()).containsEntry("a", 1);
    }

    @Test
    void jsonSuffixTypesAreJson() {
        Conn conn = parsers.call(
                post("application/vnd.api+json; charset=utf-8", "{\"a\":true}").conn());

        assertThat(conn.bodyParams()).containsOnly(entry("a", true));
    }

    @Test
    void jsonThatIsNotAnObjectGoesUnderJson() {
        Conn array = parsers.call(post("application/json", "[1,2]").conn());
        Conn string = parsers.call(post("application/json", "\"hi\"").conn());

        assertThat(array.bodyParams()).containsOnly(entry("_json", List.of(1, 2)));
        assertThat(string.bodyParams()).containsOnly(entry("_json", "hi"));
    }

    @Test
    void emptyJsonBodyGivesNoParams() {
        Conn conn = parsers.call(post("application/json", "").conn());

        assertThat(conn.bodyParamsFetched()).isTrue();
        assertThat(conn.bodyParams()).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequestSayingSo() {
        Conn conn = post("application/json", "{\"a\":").conn();

        assertThatThrownBy(() -> parsers.call(conn))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("malformed request, a JSON decoding error")
                .hasMessageContaining("send a valid JSON body")
                .extracting(e -> ((ConnException) e).plugStatus())
                .isEqualTo(400);
    }

    // ---------------------------------------------------------------- limits, types, methods

    @Test
    void bodyOverTheLengthIsTooLarge() {
        ParsersPlug small = new ParsersPlug(Set.of("urlencoded", "json"), List.of("*/*"), 10, json);

        for (String type : List.of("application/x-www-form-urlencoded", "application/json")) {
            Conn conn = post(type, "a=01234567890123456789").conn();
            assertThatThrownBy(() -> small.call(conn))
                    .as(type)
                    .isInstanceOf(RequestTooLargeException.class)
                    .extracting(e -> ((ConnException) e).plugStatus())
                    .isEqualTo(413);
        }
    }

    @Test
    void multipartBodyOverTheLengthIsTooLarge() {
        ParsersPlug small = new ParsersPlug(Set.of("multipart"), List.of(), 10, json);
        Conn conn = multipart(field("a", "01234567890123456789")).conn();

        assertThatThrownBy(() -> small.call(conn)).isInstanceOf(RequestTooLargeException.class);
    }

    @Test
    void unknownContentTypePassesUnreadWithAPassAll() {
        FakeConnAdapter adapter = post("text/csv", "a,b\n1,2");

        Conn conn = parsers.call(adapter.conn());

        assertThat(conn.bodyParams()).isEmpty();
        assertThat(conn.bodyParamsFetched()).isTrue();
        assertThat(adapter.bodyReads()).isZero();
    }

    @Test
    void passMatchesTypeWildcards() {
        ParsersPlug textOnly = new ParsersPlug(Set.of("json"), List.of("text/*"), 100, json);

        assertThat(textOnly.call(post("text/csv", "a").conn()).bodyParams()).isEmpty();
        assertThatThrownBy(() -> textOnly.call(post("image/png", "a").conn()))
                .isInstanceOf(ConnException.class)
                .extracting(e -> ((ConnException) e).plugStatus())
                .isEqualTo(415);
    }

    @Test
    void unknownContentTypeIsUnsupportedWithoutAPass() {
        ParsersPlug strict = new ParsersPlug(Set.of("json"), List.of(), 100, json);

        assertThatThrownBy(() -> strict.call(post("text/csv", "a,b").conn()))
                .isInstanceOf(ConnException.class)
                .hasMessageContaining("unsupported media type text/csv")
                .extracting(e -> ((ConnException) e).plugStatus())
                .isEqualTo(415);
    }

    @Test
    void typeOfAParserNotConfiguredIsUnsupportedWithoutAPass() {
        ParsersPlug jsonOnly = new ParsersPlug(Set.of("json"), List.of(), 100, json);

        assertThatThrownBy(() -> jsonOnly.call(
                        post("application/x-www-form-urlencoded", "a=1").conn()))
                .isInstanceOf(ConnException.class)
                .extracting(e -> ((ConnException) e).plugStatus())
                .isEqualTo(415);
    }

    @Test
    void getBodiesAreNotRead() {
        FakeConnAdapter adapter = FakeConnAdapter.request("GET", "/?q=1")
                .header("content-type", "application/json")
                .body("{\"a\":1}");

        Conn conn = parsers.call(adapter.conn());

        assertThat(conn.bodyParams()).isEmpty();
        assertThat(conn.params()).containsOnly(entry("q", "1"));
        assertThat(adapter.bodyReads()).isZero();
    }

    @Test
    void bodyWithoutContentTypeIsNotRead() {
        FakeConnAdapter adapter = FakeConnAdapter.request("POST", "/").body("a=1");

        Conn conn = parsers.call(adapter.conn());

        assertThat(conn.bodyParams()).isEmpty();
        assertThat(adapter.bodyReads()).isZero();
    }

    @Test
    void putPatchAndDeleteBodiesAreRead() {
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            Conn conn = parsers.call(FakeConnAdapter.request(method, "/")
                    .header("content-type", "application/json")
                    .body("{\"a\":1}")
                    .conn());
            assertThat(conn.bodyParams()).as(method).containsOnly(entry("a", 1));
        }
    }

    @Test
    void alreadyParsedBodyIsNotParsedAgain() {
        FakeConnAdapter adapter = post("application/json", "{\"a\":1}");
        Conn conn = adapter.conn().putBodyParams(Map.of("b", "2"));

        parsers.call(conn);

        assertThat(conn.bodyParams()).containsOnly(entry("b", "2"));
        assertThat(adapter.bodyReads()).isZero();
    }

    @Test
    void unknownParserIsRejectedAtConstruction() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ParsersPlug(Set.of("xml"), List.of(), 100, json))
                .withMessageContaining("unknown parser \"xml\"");
    }

    // ---------------------------------------------------------------- multipart

    @Test
    void multipartFieldsAndFilesBecomeParamsAndUploads() throws Exception {
        byte[] fileBytes = {0, 1, 2, (byte) 0xff, '\r', '\n', '-', '-', 'x'};
        Conn conn = parsers.call(multipart(
                        field("user[name]", "José"),
                        field("user[tags][]", "a"),
                        file("user[avatar]", "me.png", "image/png", fileBytes))
                .conn());

        Map<?, ?> user = (Map<?, ?>) conn.bodyParams().get("user");
        assertThat(user.get("name")).isEqualTo("José");
        assertThat(user.get("tags")).isEqualTo(List.of("a"));
        assertThat(user.get("avatar")).isInstanceOfSatisfying(Upload.class, upload -> {
            assertThat(upload.filename()).isEqualTo("me.png");
            assertThat(upload.contentType()).isEqualTo("image/png");
            assertThat(upload.path()).exists();
            try {
                assertThat(Files.readAllBytes(upload.path())).isEqualTo(fileBytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<Path> temporary = conn.getPrivate(MultipartParser.UPLOADS);
        assertThat(temporary).containsExactly(((Upload) user.get("avatar")).path());
        for (Path path : temporary) {
            Files.deleteIfExists(path);
        }
    }

    @Test
    void fileWithAnEmptyFilenameIsSkipped() {
        Conn conn = parsers.call(multipart(field("a", "1"), file("doc", "", "application/octet-stream", new byte[0]))
                .conn());

        assertThat(conn.bodyParams()).containsOnly(entry("a", "1"));
        assertThat(conn.<Object>getPrivate(MultipartParser.UPLOADS)).isNull();
    }

    @Test
    void invalidUtf8MultipartFieldIsABadRequest() {
        Part bad = new Part("form-data; name=\"a\"", null, new byte[] {'x', (byte) 0xff});
        Conn conn = multipart(bad).conn();

        assertThatThrownBy(() -> parsers.call(conn))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("UTF-8")
                .extracting(e -> ((ConnException) e).plugStatus())
                .isEqualTo(400);
    }

    @Test
    void quotedBoundaryIsAccepted() {
        byte[] body = multipartBody(field("a", "1"));
        Conn conn = parsers.call(FakeConnAdapter.request("POST", "/")
                .header("content-type", "multipart/form-data; boundary=\"" + BOUNDARY + "\"")
                .body(body)
                .conn());

        assertThat(conn.bodyParams()).containsOnly(entry("a", "1"));
    }

    @Test
    void multipartWithoutTheClosingBoundaryIsABadRequest() {
        String body = "--" + BOUNDARY + "\r\ncontent-disposition: form-data; name=\"a\"\r\n\r\n1\r\n";
        Conn conn = FakeConnAdapter.request("POST", "/")
                .header("content-type", "multipart/form-data; boundary=" + BOUNDARY)
                .body(body)
                .conn();

        assertThatThrownBy(() -> parsers.call(conn))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("malformed multipart body")
                .extracting(e -> ((ConnException) e).plugStatus())
                .isEqualTo(400);
    }

    @Test
    void multipartWithoutABoundaryIsABadRequest() {
        Conn noParameter = post("multipart/form-data", "whatever").conn();
        Conn notInBody = post("multipart/form-data; boundary=" + BOUNDARY, "no parts here")
                .conn();

        assertThatThrownBy(() -> parsers.call(noParameter))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("no boundary parameter");
        assertThatThrownBy(() -> parsers.call(notInBody))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("no boundary");
    }

    private record Part(String disposition, String contentType, byte[] content) {}

    private static Part field(String name, String value) {
        return new Part("form-data; name=\"" + name + "\"", null, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Part file(String name, String filename, String contentType, byte[] content) {
        return new Part("form-data; name=\"" + name + "\"; filename=\"" + filename + "\"", contentType, content);
    }

    private static FakeConnAdapter multipart(Part... parts) {
        return FakeConnAdapter.request("POST", "/")
                .header("content-type", "multipart/form-data; boundary=" + BOUNDARY)
                .body(multipartBody(parts));
    }

    private static byte[] multipartBody(Part... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + BOUNDARY + "\r\ncontent-disposition: " + part.disposition() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (part.contentType() != null) {
                out.writeBytes(("content-type: " + part.contentType() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
