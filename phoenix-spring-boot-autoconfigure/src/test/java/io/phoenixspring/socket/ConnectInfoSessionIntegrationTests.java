package io.phoenixspring.socket;

import static io.phoenixspring.controller.Controller.getCsrfToken;
import static io.phoenixspring.controller.Controller.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Params;
import io.phoenixspring.router.RouterConfigurer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code connect_info.session}: the endpoint session reaches the socket's {@code connect} only with the page's
 * {@code _csrf_token}, over a real WebSocket and the session cookie a real request set.
 */
@SpringBootTest(
        classes = {SocketTestApplication.class, ConnectInfoSessionIntegrationTests.Page.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "phoenix.endpoint.session.key=_socket_test_key",
            "phoenix.endpoint.session.signing-salt=socket-salt",
            "phoenix.endpoint.secret-key-base=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
        })
class ConnectInfoSessionIntegrationTests {

    @Autowired
    Environment environment;

    /** A page that logs "ann" in and prints the CSRF token its template would put in the csrf-token meta tag. */
    @Configuration(proxyBeanMethods = false)
    static class Page {

        @Bean
        RouterConfigurer pageRoutes() {
            return router -> {
                router.pipeline("browser", p -> p.plug("fetchSession").plug("protectFromForgery"));
                router.scope("/", s -> {
                    s.pipeThrough("browser");
                    s.get("/login", PageController.class, "login");
                });
            };
        }

        @Bean
        PageController pageController() {
            return new PageController();
        }
    }

    public static class PageController {

        public Conn login(Conn conn, Params params) {
            Conn loggedIn = conn.putSession("user", "ann");
            return text(loggedIn, getCsrfToken(loggedIn));
        }
    }

    private record Login(String cookie, String csrfToken) {}

    private Login login() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String cookie = response.headers().firstValue("set-cookie").orElseThrow();
        return new Login(cookie.substring(0, cookie.indexOf(';')), response.body());
    }

    private String joinedAs(String query, Map<String, String> headers) throws Exception {
        WsClient client = WsClient.connect(port(), "vsn=2.0.0&" + query, headers);
        client.send("[\"1\",\"1\",\"room:lobby\",\"phx_join\",{}]");
        return client.next();
    }

    @Test
    void theSessionReachesConnectWithTheCsrfTokenOfThePage() throws Exception {
        Login login = login();

        assertThat(joinedAs("_csrf_token=" + encode(login.csrfToken()), Map.of("Cookie", login.cookie())))
                .contains("\"user\":\"session:ann\"");
    }

    @Test
    void withoutAValidCsrfTokenThereIsNoSession() throws Exception {
        Login login = login();
        Login other = login();

        assertThat(joinedAs("", Map.of("Cookie", login.cookie()))).contains("\"user\":\"anonymous\"");
        assertThat(joinedAs("_csrf_token=" + encode("x".repeat(56)), Map.of("Cookie", login.cookie())))
                .as("a forged token")
                .contains("\"user\":\"anonymous\"");
        assertThat(joinedAs("_csrf_token=" + encode(other.csrfToken()), Map.of("Cookie", login.cookie())))
                .as("another session's token")
                .contains("\"user\":\"anonymous\"");
        assertThat(joinedAs("_csrf_token=" + encode(login.csrfToken()), Map.of()))
                .as("no cookie")
                .contains("\"user\":\"anonymous\"");
        assertThat(joinedAs("_csrf_token=" + encode(login.csrfToken()), Map.of("Cookie", forged(login.cookie()))))
                .as("a forged cookie")
                .contains("\"user\":\"anonymous\"");
    }

    /** The cookie with a character of its signed payload changed (the signature no longer matches). */
    private static String forged(String cookie) {
        int at = cookie.indexOf('.') + 3;
        char c = cookie.charAt(at);
        return cookie.substring(0, at) + (c == 'A' ? 'B' : 'A') + cookie.substring(at + 1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port", "0"));
    }
}
