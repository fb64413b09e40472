package io.phoenixspring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The development error page of {@code phoenix.endpoint.debug-errors=true}, over real HTTP. */
@SpringBootTest(
        classes = ErrorPagesTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.banner-mode=off",
            "spring.thymeleaf.prefix=classpath:/error-pages/templates/",
            "phoenix.endpoint.debug-errors=true"
        })
class DebugErrorsIntegrationTests extends HttpTestSupport {

    @Test
    void failingActionShowsTheExceptionTheRequestAndTheStackTrace() throws Exception {
        HttpResponse<String> response =
                get("/boom?user%5Bname%5D=jo&user%5Bpassword%5D=hunter2&q=%3Cscript%3E", "x-custom", "seen");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body())
                .contains("<title>IllegalStateException at GET /boom</title>")
                .contains("<h1>java.lang.IllegalStateException <small>at GET /boom</small></h1>")
                .contains("secret detail of the failure")
                .contains("<tr><th>Method</th><td>GET</td></tr>")
                .contains("<tr><th>Path</th><td>/boom</td></tr>")
                .contains("<tr><th>x-custom</th><td>seen</td></tr>")
                .contains("%{&quot;q&quot; =&gt; &quot;&lt;script&gt;&quot;, &quot;user&quot; =&gt;"
                        + " %{&quot;name&quot; =&gt; &quot;jo&quot;, &quot;password&quot; =&gt;"
                        + " &quot;[FILTERED]&quot;}}")
                .contains("<pre class=\"stacktrace\">java.lang.IllegalStateException: secret detail of the failure")
                .contains("at io.phoenixspring.endpoint.ErrorPagesTestApplication$FailingController.boom(")
                .doesNotContain("hunter2")
                .doesNotContain("<script>")
                .doesNotContain("Available routes");
    }

    @Test
    void notFoundShowsTheRouteTable() throws Exception {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("io.phoenixspring.router.NoRouteException <small>at GET /no/such/page</small>")
                .contains("no route found for GET /no/such/page")
                .contains("<h2>Available routes</h2>")
                .containsPattern("failing_path +GET +/boom +FailingController :boom\n")
                .containsPattern("failing_path +GET +/api/forbidden +FailingController :forbidden\n");
    }

    @Test
    void jsonRequestGetsThePageAsPlainText() throws Exception {
        HttpResponse<String> response = get("/api/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body())
                .startsWith("# java.lang.IllegalStateException at GET /api/boom\n\n"
                        + "500 Internal Server Error: secret detail of the failure\n")
                .contains("## Stack trace\n\njava.lang.IllegalStateException: secret detail of the failure")
                .contains("\tat io.phoenixspring.endpoint.ErrorPagesTestApplication$FailingController.boom(");
    }

    @Test
    void statusOfTheExceptionIsKept() throws Exception {
        HttpResponse<String> response = get("/forbidden");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("not your account").contains("403 Forbidden");
    }
}
