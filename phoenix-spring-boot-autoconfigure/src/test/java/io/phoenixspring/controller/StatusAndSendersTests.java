package io.phoenixspring.controller;

import static io.phoenixspring.controller.Controller.html;
import static io.phoenixspring.controller.Controller.json;
import static io.phoenixspring.controller.Controller.putStatus;
import static io.phoenixspring.controller.Controller.statusMessageFromTemplate;
import static io.phoenixspring.controller.Controller.text;
import static io.phoenixspring.controller.ControllerFixtures.get;
import static io.phoenixspring.controller.ControllerFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Status;
import io.phoenixspring.endpoint.StatusMessages;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statuses by name, reason phrases, and the senders' status and content-type rules (seed-D 4.16, 4.26, 6, 7.25). */
class StatusAndSendersTests {

    enum Color {
        RED
    }

    // ================================================================ statuses

    @ParameterizedTest
    @CsvSource({
        "ok, 200",
        "created, 201",
        "non_authoritative_information, 203",
        "multi_status, 207",
        "im_used, 226",
        "found, 302",
        "not_found, 404",
        "request_uri_too_long, 414",
        "im_a_teapot, 418",
        "unprocessable_entity, 422",
        "too_many_requests, 429",
        "unavailable_for_legal_reasons, 451",
        "internal_server_error, 500",
        "http_version_not_supported, 505",
        "network_authentication_required, 511"
    })
    void putStatusTakesPlugsStatusNames(String name, int code) {
        assertThat(putStatus(get("/"), name).status()).isEqualTo(code);
    }

    @Test
    void unknownStatusNameSaysWhatCameAndListsTheNames() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> putStatus(get("/"), "not_fund"))
                .withMessageStartingWith("unknown status name \"not_fund\"; expected one of Plug's status names")
                .withMessageContaining("or pass the code as an int")
                .withMessageContaining("not_found, method_not_allowed")
                .withMessageContaining("im_a_teapot");
        assertThatIllegalArgumentException().isThrownBy(() -> putStatus(get("/"), "NOT_FOUND"));
    }

    @Test
    void plugKnowsSixtyThreeStatuses() {
        assertThat(Status.names()).hasSize(63).startsWith("continue").endsWith("network_authentication_required");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "404.html|Not Found",
                "500.json|Internal Server Error",
                "418.html|I'm a teapot",
                "422.json|Unprocessable Entity",
                "401.html|Unauthorized",
                "abc.html|Internal Server Error",
                "whatever.html|Internal Server Error",
                "999.html|Internal Server Error",
                "|Internal Server Error",
                "404|Not Found",
                "404.html.heex|Not Found"
            })
    void statusMessageFromTemplateReadsTheCodeBeforeTheFirstDot(String template, String message) {
        assertThat(statusMessageFromTemplate(template == null ? "" : template)).isEqualTo(message);
    }

    @Test
    void statusMessagesHavePlugsFullTable() {
        assertThat(StatusMessages.message(418)).isEqualTo("I'm a teapot");
        assertThat(StatusMessages.message(422)).isEqualTo("Unprocessable Entity");
        assertThat(StatusMessages.message(207)).isEqualTo("Multi-Status");
        assertThat(StatusMessages.message(451)).isEqualTo("Unavailable For Legal Reasons");
        assertThat(StatusMessages.message(511)).isEqualTo("Network Authentication Required");
        assertThat(StatusMessages.message(599)).isEqualTo("Internal Server Error");
        assertThat(StatusMessages.message(499)).isEqualTo("Error 499");
    }

    // ================================================================ senders

    @Test
    void jsonUsesTheStatusSetBeforeAndSetsItsContentType() {
        Conn conn = json(putStatus(get("/"), 201), Map.of("id", 1));

        assertThat(sent(conn).sentStatus()).isEqualTo(201);
        assertThat(sent(conn).sentHeader("content-type")).containsExactly("application/json; charset=utf-8");
        assertThat(sent(conn).sentBodyString()).isEqualTo("{\"id\":1}");
    }

    @Test
    void sendersKeepAContentTypeSetBefore() {
        Conn jsonApi = json(get("/").putRespHeader("content-type", "application/vnd.api+json"), Map.of());
        Conn csv = text(get("/").putRespContentType("text/csv"), "a,b");
        Conn xhtml = html(get("/").putRespContentType("application/xhtml+xml", null), "<p/>");

        assertThat(sent(jsonApi).sentHeader("content-type")).containsExactly("application/vnd.api+json");
        assertThat(sent(csv).sentHeader("content-type")).containsExactly("text/csv; charset=utf-8");
        assertThat(sent(xhtml).sentHeader("content-type")).containsExactly("application/xhtml+xml");
    }

    @Test
    void sendersDefaultTo200AndTheirOwnContentTypes() {
        Conn plain = text(get("/"), "hello");
        Conn page = html(get("/"), "<b>as is</b>");

        assertThat(sent(plain).sentStatus()).isEqualTo(200);
        assertThat(sent(plain).sentHeader("content-type")).containsExactly("text/plain; charset=utf-8");
        assertThat(sent(page).sentHeader("content-type")).containsExactly("text/html; charset=utf-8");
        assertThat(sent(page).sentBodyString()).isEqualTo("<b>as is</b>");
    }

    @Test
    void textSendsAnyValueAsItsText() {
        assertThat(sent(text(get("/"), Color.RED)).sentBodyString()).isEqualTo("RED");
        assertThat(sent(text(get("/"), 42)).sentBodyString()).isEqualTo("42");
        assertThat(sent(text(get("/"), null)).sentBodyString()).isEmpty();
    }
}
