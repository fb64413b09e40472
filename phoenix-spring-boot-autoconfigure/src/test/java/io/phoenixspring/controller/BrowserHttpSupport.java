package io.phoenixspring.controller;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser test application on a real Tomcat on a random port, and a client that keeps cookies like a browser (and
 * does not follow redirects).
 */
@SpringBootTest(
        classes = BrowserTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.banner-mode=off",
            "phoenix.endpoint.log-requests=false",
            "phoenix.endpoint.session.key=" + BrowserHttpSupport.SESSION_COOKIE,
            "phoenix.endpoint.secret-key-base=" + BrowserHttpSupport.SECRET_KEY_BASE
        })
abstract class BrowserHttpSupport {

    static final String SESSION_COOKIE = "_browser_key";
    static final String SECRET_KEY_BASE = "browser-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    /** The cookies the server set, sent back with every request. */
    final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            cookies.forEach((name, value) -> cookie.append(cookie.length() == 0 ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
            request.header("cookie", cookie.toString());
        }
        HttpResponse<String> response =
                CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String setCookie : response.headers().allValues("set-cookie")) {
            int equals = setCookie.indexOf('=');
            int semicolon = setCookie.indexOf(';');
            String name = setCookie.substring(0, equals);
            String value = setCookie.substring(equals + 1, semicolon < 0 ? setCookie.length() : semicolon);
            if (setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
    }

    /** A form request: {@code fields} urlencoded as the body. */
    HttpResponse<String> form(String method, String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String[] all = new String[headers.length + 2];
        all[0] = "content-type";
        all[1] = "application/x-www-form-urlencoded";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(method, path, HttpRequest.BodyPublishers.ofString(body.toString()), all);
    }

    /** A CSRF token from the form page, with the session cookie that goes with it kept. */
    String csrfToken() throws IOException, InterruptedException {
        String body = get("/form").body();
        return body.substring(0, body.indexOf(' '));
    }
}
