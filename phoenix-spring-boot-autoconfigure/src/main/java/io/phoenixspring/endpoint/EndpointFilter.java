package io.phoenixspring.endpoint;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.conn.Header;
import io.phoenixspring.endpoint.internal.PassOnRequest;
import io.phoenixspring.endpoint.internal.ServletConnAdapter;
import io.phoenixspring.plug.RequestIdPlug;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.MDC;

/**
 * The servlet filter in front of the application: turns each request into a {@link Conn} and dispatches it through
 * the {@link Endpoint}. A request no Phoenix route matched goes on down the filter chain (to Spring MVC) when the
 * router's fallthrough is on, with the headers the endpoint plugs set and the body they read.
 */
public final class EndpointFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient Endpoint endpoint;
    private final List<String> passThrough;
    private final transient List<TransportHandler> transports;

    /** A filter running every request through {@code endpoint}. */
    public EndpointFilter(Endpoint endpoint) {
        this(endpoint, List.of());
    }

    /**
     * A filter running requests through {@code endpoint}, except those under the {@code passThrough} path prefixes
     * (such as {@code /actuator}), which go straight on down the filter chain.
     */
    public EndpointFilter(Endpoint endpoint, List<String> passThrough) {
        this(endpoint, passThrough, List.of());
    }

    /**
     * A filter running requests through {@code endpoint}, except socket transports' requests, which {@code transports}
     * serve, and those under the {@code passThrough} prefixes.
     */
    public EndpointFilter(Endpoint endpoint, List<String> passThrough, List<TransportHandler> transports) {
        this.endpoint = endpoint;
        this.transports = List.copyOf(transports);
        this.passThrough = passThrough.stream()
                .map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!transports.isEmpty()) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            for (TransportHandler transport : transports) {
                if (transport.handles(path)) {
                    transport.handle(request, response);
                    return;
                }
            }
        }
        if (!passThrough.isEmpty() && passesThrough(request)) {
            chain.doFilter(request, response);
            return;
        }
        Conn conn = new Conn(new ServletConnAdapter(request, response));
        try {
            conn = endpoint.dispatch(conn);
            if (Boolean.TRUE.equals(conn.getPrivate(Endpoint.PASS_ON)) && !conn.isSent()) {
                passOn(conn, request, response, chain);
            }
        } finally {
            endpoint.cleanup(conn);
            MDC.remove(RequestIdPlug.MDC_KEY);
        }
    }

    private boolean passesThrough(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : passThrough) {
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static void passOn(Conn conn, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        for (Header header : conn.respHeaders()) {
            if (!header.name().equals("cache-control")) {
                response.setHeader(header.name(), header.value());
            }
        }
        HttpServletRequest next = conn.rawBody() == null ? request : new PassOnRequest(request, conn);
        chain.doFilter(next, response);
    }
}
