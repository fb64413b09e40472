package io.phoenixspring.controller;

import static io.phoenixspring.controller.Controller.scrubParams;
import static io.phoenixspring.controller.ControllerFixtures.conn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.MissingParamException;
import io.phoenixspring.conn.Params;
import io.phoenixspring.conn.Query;
import io.phoenixspring.conn.Upload;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code scrub_params/2} (seed-D 4.24, 7.23; seed-F 9). */
class ScrubParamsTests {

    private static Conn form(String body) {
        Conn conn = conn("POST", "/users");
        return conn.putBodyParams(Query.decode(body));
    }

    @Test
    void emptyAndSpaceOnlyStringsBecomeNullTabsAndOtherValuesStay() {
        Conn conn = scrubParams(form("user[name]=&user[tags][]=%20%20&user[age]=3&user[bio]=%09"), "user");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", null);
        expected.put("tags", Arrays.asList((Object) null));
        expected.put("age", "3");
        expected.put("bio", "\t");
        assertThat(conn.params().getParams("user")).isEqualTo(expected);
    }

    @Test
    void scrubbingRecursesIntoNestedMapsAndListsOfMaps() {
        Conn conn = scrubParams(
                form("user[address][street]=%20&user[address][city]=Lisbon&user[pets][][name]=&user[pets][][name]=Rex"),
                "user");

        Params user = conn.params().getParams("user");
        Map<String, Object> address = new HashMap<>();
        address.put("street", null);
        address.put("city", "Lisbon");
        assertThat(user.getParams("address")).isEqualTo(address);
        Map<String, Object> unnamed = new HashMap<>();
        unnamed.put("name", null);
        assertThat(user.getList("pets")).containsExactly(unnamed, Map.of("name", "Rex"));
    }

    @Test
    void uploadsAndOtherKeysAreLeftAlone() {
        Upload upload = new Upload(Path.of("/tmp/upload-1"), "text/plain", "a.txt");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", Map.of("file", upload, "name", " "));
        body.put("other", "");
        Conn conn = conn("POST", "/").putBodyParams(body);

        scrubParams(conn, "user");

        assertThat(conn.params().getParams("user").get("file")).isSameAs(upload);
        assertThat(conn.params().get("other")).isEqualTo("");
        assertThat(conn.bodyParams().getParams("user").get("name")).isEqualTo(" ");
    }

    @Test
    void missingKeyIs400WithPhoenixsMessage() {
        assertThatThrownBy(() -> scrubParams(form("name=jose"), "user"))
                .isInstanceOf(MissingParamException.class)
                .hasMessage("expected key \"user\" to be present in params, please send the expected key or adapt"
                        + " your scrubParams call")
                .satisfies(e ->
                        assertThat(((MissingParamException) e).plugStatus()).isEqualTo(400));
    }

    @Test
    void presentButEmptyKeyIsMissingToo() {
        for (String body : List.of("user=", "user=%20%20", "user")) {
            assertThatThrownBy(() -> scrubParams(form(body), "user"))
                    .as(body)
                    .isInstanceOf(MissingParamException.class);
        }
        Map<String, Object> json = new HashMap<>();
        json.put("user", null);
        assertThatThrownBy(() -> scrubParams(conn("POST", "/").putBodyParams(json), "user"))
                .isInstanceOf(MissingParamException.class);
        assertThatThrownBy(() -> scrubParams(conn("POST", "/").putBodyParams(Map.of("user", false)), "user"))
                .isInstanceOf(MissingParamException.class);
    }

    @Test
    void keyWhoseValuesAreAllEmptyIsStillPresent() {
        Conn conn = scrubParams(form("user[name]="), "user");

        assertThat(conn.params().getParams("user")).containsEntry("name", null);
    }

    @Test
    void queryParamsAreScrubbedAlike() {
        Conn conn = scrubParams(conn("GET", "/search?filter[q]=%20&filter[page]=2"), "filter");

        assertThat(conn.params().getParams("filter")).containsEntry("q", null).containsEntry("page", "2");
    }

    @Test
    void plugFormScrubsBeforeTheAction() {
        Conn conn = scrubParams("user").call(form("user[name]="));

        assertThat(conn.params().getParams("user")).containsEntry("name", null);
    }
}
