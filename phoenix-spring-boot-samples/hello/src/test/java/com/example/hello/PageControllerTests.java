package com.example.hello;

import static io.phoenixspring.test.ConnTest.buildConn;
import static io.phoenixspring.test.ConnTest.get;
import static io.phoenixspring.test.ConnTest.getRespHeader;
import static io.phoenixspring.test.ConnTest.htmlResponse;
import static io.phoenixspring.test.ConnTest.jsonResponse;
import static io.phoenixspring.test.ConnTest.post;
import static io.phoenixspring.test.ConnTest.putReqHeader;
import static io.phoenixspring.test.ConnTest.response;
import static io.phoenixspring.test.ConnTest.responseContentType;
import static io.phoenixspring.test.ConnTest.textResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.hello.accounts.Users;
import io.phoenixspring.conn.Conn;
import io.phoenixspring.test.PhoenixWebTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

@PhoenixWebTest
@Import(Users.class)
class PageControllerTests {

    @Test
    void welcomePageRendersAtTheRoot() {
        Conn conn = get(buildConn(), "/");
        String body = htmlResponse(conn, 200);
        assertThat(body).startsWith("<!DOCTYPE html>").contains("<h1>Welcome to Phoenix!</h1>");
        assertThat(body).contains("<a href=\"/hello\">Say hello</a>");
        assertThat(body).contains("<link rel=\"stylesheet\" href=\"/css/app.css\"/>");
        assertThat(body).as("the template's dialect namespaces are not sent").doesNotContain("xmlns:");
        assertThat(body.indexOf("<main role=\"main\" class=\"container\">"))
                .isLessThan(body.indexOf("Welcome to Phoenix!"));
    }

    @Test
    void localePlugTakesAKnownLocaleFromTheParams() {
        assertThat(htmlResponse(get(buildConn(), "/?locale=fr"), 200)).contains("Locale: <span>fr</span>");
        assertThat(htmlResponse(get(buildConn(), "/"), 200)).contains("Locale: <span>en</span>");
        assertThat(htmlResponse(get(buildConn(), "/?locale=es"), 200)).contains("Locale: <span>en</span>");
    }

    @Test
    void formatParamRendersTheTextTemplate() {
        Conn conn = get(buildConn(), "/?_format=text");
        assertThat(textResponse(conn, 200)).isEqualTo("OMG, this is actually some text.\n");
        assertThat(responseContentType(conn, "text")).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void postToTheRootMatchesNoRoute() {
        Conn conn = post(buildConn(), "/");
        assertThat(response(conn, 404)).contains("Sorry, the page you are looking for does not exist.");
        assertThat(responseContentType(conn, "html")).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void browserPipelineAcceptsHtmlAndText() {
        Conn json = get(putReqHeader(buildConn(), "accept", "application/json"), "/");
        assertThat(jsonResponse(json, 406)).isEqualTo(Map.of("errors", Map.of("detail", "Not Acceptable")));
        Conn browser = get(putReqHeader(buildConn(), "accept", "text/html,application/xhtml+xml,*/*;q=0.8"), "/");
        assertThat(htmlResponse(browser, 200)).contains("Welcome to Phoenix!");
        Conn format = get(buildConn(), "/?_format=json");
        assertThat(jsonResponse(format, 406)).isEqualTo(Map.of("errors", Map.of("detail", "Not Acceptable")));
        Conn xml = get(putReqHeader(buildConn(), "accept", "application/xml"), "/");
        assertThat(htmlResponse(xml, 406)).isEqualTo("Not Acceptable");
        Conn text = get(putReqHeader(buildConn(), "accept", "text/plain"), "/");
        assertThat(textResponse(text, 200)).isEqualTo("OMG, this is actually some text.\n");
    }

    @Test
    void failuresRenderTheCustom500PageWithoutDetails() {
        String body = htmlResponse(get(buildConn(), "/oops"), 500);
        assertThat(body).contains("Something went wrong on our side.").doesNotContain("on purpose");
        assertThat(body).doesNotContain("IllegalStateException");
    }

    @Test
    void everyResponseCarriesARequestId() {
        Conn first = get(buildConn(), "/");
        Conn second = get(buildConn(), "/nope");
        assertThat(getRespHeader(first, "x-request-id"))
                .singleElement()
                .asString()
                .hasSize(20);
        assertThat(getRespHeader(second, "x-request-id"))
                .singleElement()
                .isNotEqualTo(getRespHeader(first, "x-request-id").get(0));
    }

    @Test
    void staticFilesAreServedUnderTheirPrefixes() {
        Conn image = get(buildConn(), "/images/phoenix.png");
        assertThat(response(image, 200)).isNotEmpty();
        assertThat(getRespHeader(image, "content-type")).containsExactly("image/png");
        Conn robots = get(buildConn(), "/robots.txt");
        assertThat(response(robots, 200)).contains("User-agent: *");
    }
}
