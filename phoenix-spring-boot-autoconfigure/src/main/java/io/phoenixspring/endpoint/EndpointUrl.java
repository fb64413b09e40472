package io.phoenixspring.endpoint;

import java.net.URI;
import java.util.Locale;

/**
 * The public URL of the endpoint, as Phoenix's {@code :url} config: what URL helpers build absolute URLs from. The
 * default port of the scheme is left out.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host name
 * @param port the port
 * @param path the path the application is reached at behind a proxy, {@code "/"} by default
 */
public record EndpointUrl(String scheme, String host, int port, String path) {

    public EndpointUrl {
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("url scheme must be http or https, got \"" + scheme + "\"");
        }
        if (host.contains(":") || host.contains("/")) {
            throw new IllegalArgumentException("url host \"" + host + "\" is invalid; give the host alone and the"
                    + " port in phoenix.endpoint.url.port");
        }
        if (path.isEmpty() || path.charAt(0) != '/') {
            path = "/" + path;
        }
    }

    /** {@code http://localhost:4000/}. */
    public static EndpointUrl localhost(int port) {
        return new EndpointUrl("http", "localhost", port, "/");
    }

    /** The URL without path: {@code https://example.com} or {@code http://localhost:4000}. */
    public String url() {
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** {@code path} under the configured root path: with path {@code /app}, {@code /x} gives {@code /app/x}. */
    public String path(String path) {
        return this.path.equals("/") ? path : this.path.replaceAll("/$", "") + path;
    }

    /** The URL as a {@link URI}. */
    public URI structUrl() {
        return URI.create(url() + (path.equals("/") ? "" : path));
    }
}
