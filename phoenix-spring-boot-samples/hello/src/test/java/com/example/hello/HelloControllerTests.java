package com.example.hello;

import static io.phoenixspring.test.ConnTest.buildConn;
import static io.phoenixspring.test.ConnTest.get;
import static io.phoenixspring.test.ConnTest.head;
import static io.phoenixspring.test.ConnTest.htmlResponse;
import static io.phoenixspring.test.ConnTest.response;
import static io.phoenixspring.test.ConnTest.responseContentType;
import static io.phoenixspring.test.ConnTest.textResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.hello.accounts.Users;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.test.PhoenixWebTest;
import io.phoenixspring.view.ViewRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@PhoenixWebTest
@Import(Users.class)
class HelloControllerTests {

    @Test
    void indexGreetsFromPhoenixInsideTheLayout() {
        String body = htmlResponse(get(buildConn(), "/hello"), 200);
        assertThat(body).startsWith("<!DOCTYPE html>").contains("<head>");
        assertThat(body).contains("<main role=\"main\" class=\"container\">");
        assertThat(body).contains("<title>Hello · Phoenix Framework</title>");
        assertThat(body).contains("<h2>Hello World, from Phoenix!</h2>");
    }

    @Test
    void showGreetsTheMessengerFromThePath() {
        assertThat(htmlResponse(get(buildConn(), "/hello/Frank"), 200)).contains("Hello World, from Frank!");
    }

    @Test
    void messengerIsEscaped() {
        String body = htmlResponse(get(buildConn(), "/hello/%3Cscript%3E"), 200);
        assertThat(body).contains("Hello World, from &lt;script&gt;!").doesNotContain("<script>");
    }

    @Test
    void showRendersInTheRequestedFormat() {
        Conn conn = get(buildConn(), "/hello/Frank?_format=text");
        assertThat(textResponse(conn, 200)).isEqualTo("Hello World, from Frank!\n");
    }

    @Test
    void headRunsAsGetWithoutABody() {
        Conn conn = head(buildConn(), "/hello");
        assertThat(response(conn, 200)).isEmpty();
        assertThat(responseContentType(conn, "html")).isEqualTo("text/html; charset=utf-8");
    }

    @Autowired
    ViewRenderer views;

    @Test
    void renderingIsATelemetrySpanWithTheViewTemplateAndFormat() {
        List<String> seen = new ArrayList<>();
        views.telemetry()
                .attachMany(
                        "test.render",
                        List.of(
                                List.of("phoenix", "controller", "render", "start"),
                                List.of("phoenix", "controller", "render", "stop")),
                        (event, measurements, metadata, config) -> seen.add(event.get(3) + " "
                                + new TreeSet<>(measurements.keySet()) + " " + metadata.get("view") + " "
                                + metadata.get("template") + " " + metadata.get("format")),
                        null);
        try {
            htmlResponse(get(buildConn(), "/hello/Frank"), 200);
        } finally {
            views.telemetry().detach("test.render");
        }

        assertThat(seen)
                .containsExactly(
                        "start [monotonic_time, system_time] hello show.html html",
                        "stop [duration, monotonic_time] hello show.html html");
    }
}
