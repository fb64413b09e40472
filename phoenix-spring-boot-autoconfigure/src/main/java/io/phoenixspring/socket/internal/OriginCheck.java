package io.phoenixspring.socket.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Phoenix's {@code check_origin}: no {@code origin} header is allowed; {@code true} allows the endpoint's host; a list
 * allows {@code //host} (any scheme and port), {@code scheme://host[:port]}, and {@code //*.host} (the host and its
 * subdomains, the dot required); an origin without a host ({@code null}, {@code file://}) is refused.
 */
final class OriginCheck {

    private record Allowed(@Nullable String scheme, String host, int port, boolean wildcard) {}

    private final boolean enabled;
    private final @Nullable List<Allowed> allowed;

    private OriginCheck(boolean enabled, @Nullable List<Allowed> allowed) {
        this.enabled = enabled;
        this.allowed = allowed;
    }

    static OriginCheck of(@Nullable Boolean check, List<String> origins) {
        if (check != null) {
            return new OriginCheck(check, null);
        }
        return new OriginCheck(true, origins.stream().map(OriginCheck::parse).toList());
    }

    private static Allowed parse(String origin) {
        URI uri = URI.create(origin.startsWith("//") || origin.contains("://") ? origin : "//" + origin);
        String host = uri.getHost() != null ? uri.getHost() : uri.getAuthority();
        if (host == null) {
            throw new IllegalArgumentException("invalid check-origin entry \"" + origin + "\"; write //host,"
                    + " scheme://host[:port] or //*.host");
        }
        boolean wildcard = host.startsWith("*.");
        return new Allowed(
                uri.getScheme(),
                (wildcard ? host.substring(2) : host).toLowerCase(Locale.ROOT),
                uri.getPort(),
                wildcard);
    }

    /** Whether {@code origin} (the header, or null) may connect to an endpoint whose host is {@code endpointHost}. */
    boolean allows(@Nullable String origin, String endpointHost) {
        if (!enabled || origin == null) {
            return true;
        }
        URI uri;
        try {
            uri = URI.create(origin.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (allowed == null) {
            return host.equals(endpointHost.toLowerCase(Locale.ROOT));
        }
        for (Allowed entry : allowed) {
            if (matches(entry, uri, host)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Phoenix's {@code check_origin: :conn}: whether {@code origin} (the header, or null) has the request's own
     * scheme, host and port.
     */
    static boolean sameAsRequest(@Nullable String origin, String scheme, String host, int port) {
        if (origin == null) {
            return true;
        }
        URI uri;
        try {
            uri = URI.create(origin.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(host)
                && scheme.equalsIgnoreCase(String.valueOf(uri.getScheme()))
                && port(uri) == port;
    }

    private static boolean matches(Allowed entry, URI uri, String host) {
        boolean hostMatches = entry.wildcard()
                ? host.equals(entry.host()) || host.endsWith("." + entry.host())
                : host.equals(entry.host());
        if (!hostMatches) {
            return false;
        }
        if (entry.scheme() != null && !entry.scheme().equalsIgnoreCase(uri.getScheme())) {
            return false;
        }
        if (entry.port() >= 0) {
            return port(uri) == entry.port();
        }
        if (entry.scheme() != null) {
            return port(uri) == defaultPort(entry.scheme());
        }
        return true;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : defaultPort(String.valueOf(uri.getScheme()));
    }

    private static int defaultPort(String scheme) {
        return scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("wss") ? 443 : 80;
    }
}
