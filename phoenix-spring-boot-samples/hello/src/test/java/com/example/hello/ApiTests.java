package com.example.hello;

import static io.phoenixspring.test.ConnTest.buildConn;
import static io.phoenixspring.test.ConnTest.delete;
import static io.phoenixspring.test.ConnTest.get;
import static io.phoenixspring.test.ConnTest.getRespHeader;
import static io.phoenixspring.test.ConnTest.jsonResponse;
import static io.phoenixspring.test.ConnTest.post;
import static io.phoenixspring.test.ConnTest.putReqHeader;
import static io.phoenixspring.test.ConnTest.response;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.hello.accounts.Users;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.test.PhoenixWebTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

@PhoenixWebTest
@Import(Users.class)
class ApiTests {

    @Test
    void indexListsImagesAsJson() {
        Object body = jsonResponse(get(buildConn(), "/api/v1/images"), 200);
        assertThat(body).isEqualTo(Map.of("data", List.of(Map.of("id", 1, "title", "phoenix.png"))));
    }

    @Test
    void createFromAJsonBodyAndShowIt() {
        Conn request = putReqHeader(buildConn(), "content-type", "application/json");
        Conn created = post(request, "/api/v1/images", "{\"image\":{\"title\":\"sunset.jpg\"}}");
        Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) jsonResponse(created, 201)).get("data");
        assertThat(data.get("title")).isEqualTo("sunset.jpg");
        String location = getRespHeader(created, "location").get(0);
        assertThat(jsonResponse(get(buildConn(), location), 200)).isEqualTo(Map.of("data", data));
        assertThat(response(delete(buildConn(), location), 204)).isEmpty();
        assertThat(jsonResponse(get(buildConn(), location), 404))
                .isEqualTo(Map.of("errors", Map.of("detail", "Not Found")));
    }

    @Test
    void invalidParamsAre422() {
        Object body = jsonResponse(post(buildConn(), "/api/v1/images", Map.of("image", Map.of("title", ""))), 422);
        assertThat(body).isEqualTo(Map.of("errors", Map.of("title", List.of("can't be blank"))));
    }

    @Test
    void malformedJsonIsABadRequestNotACrash() {
        Conn request = putReqHeader(buildConn(), "content-type", "application/json");
        Conn conn = post(request, "/api/v1/images", "{\"image\":");
        assertThat(response(conn, 400)).isEqualTo("Bad Request");
    }

    @Test
    void unknownApiRouteAnswersJsonToJsonClients() {
        Conn request = putReqHeader(buildConn(), "accept", "application/json");
        assertThat(jsonResponse(get(request, "/api/v1/nope"), 404))
                .isEqualTo(Map.of("errors", Map.of("detail", "Not Found")));
    }

    @Test
    void apiPipelineRefusesHtmlClients() {
        Conn conn = get(putReqHeader(buildConn(), "accept", "text/html"), "/api/v1/images");
        assertThat(response(conn, 406)).isEqualTo("Not Acceptable");
        Conn any = get(putReqHeader(buildConn(), "accept", "*/*"), "/api/v1/images");
        assertThat(jsonResponse(any, 200)).isInstanceOf(Map.class);
    }

    @Test
    void newAndEditAreLeftOutOfTheApi() {
        assertThat(response(get(buildConn(), "/api/v1/images/1/edit"), 404))
                .contains("Sorry, the page you are looking for does not exist.");
        assertThat(jsonResponse(get(buildConn(), "/api/v1/images/new"), 404))
                .isEqualTo(Map.of("errors", Map.of("detail", "Not Found")));
    }
}
