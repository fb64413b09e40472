package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.Serializer;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.plug.CsrfProtectionPlug;
import io.phoenixspring.plug.SessionPlug;
import io.phoenixspring.socket.ConnectInfo;
import io.phoenixspring.socket.ConnectResult;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks every transport runs before a connection exists, as Phoenix's {@code Phoenix.Socket.Transport}: the
 * {@code vsn} picks a serializer, the origin is checked, then the socket's {@code connect} decides.
 */
final class SocketConnect {

    private static final Logger LOG = LoggerFactory.getLogger(SocketConnect.class);

    private SocketConnect() {}

    /** The serializer for the {@code vsn} param, or null (logged as Phoenix logs it) when no serializer fits. */
    static @Nullable Serializer serializer(SocketMount mount, Map<String, Object> params) {
        return mount.serializer(params.get("vsn"));
    }

    /** Whether the request's origin is allowed; a refusal is logged as Phoenix logs it. */
    static boolean checkOrigin(SocketMount mount, HttpServletRequest request) {
        String origin = request.getHeader("origin");
        if (mount.allowsOrigin(origin, request)) {
            return true;
        }
        LOG.error(
                "Could not check origin for Phoenix.Socket transport.\n\nOrigin of the request: {}\n\nThis happens"
                        + " when you are attempting a socket connection to a different host than the one configured in"
                        + " phoenix.endpoint.url.host or in the socket's check-origin.",
                origin);
        return false;
    }

    /** Runs the socket's {@code connect}; an accepted socket carries the socket's {@code id}. */
    static ConnectResult connect(
            SocketMount mount,
            Map<String, Object> params,
            Serializer serializer,
            String transport,
            HttpServletRequest request) {
        long start = System.nanoTime();
        ConnectInfo info = connectInfo(request, params, mount.session());
        ConnectResult result = accept(mount, params, transport, info);
        if (mount.telemetry().hasHandlers(CONNECTED)) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("transport", transport);
            metadata.put("params", params);
            metadata.put("connect_info", info);
            metadata.put("vsn", params.getOrDefault("vsn", "1.0.0"));
            metadata.put("user_socket", mount.name());
            metadata.put("log", "info");
            metadata.put("result", result instanceof ConnectResult.Ok ? "ok" : "error");
            metadata.put("serializer", serializer == null ? "none" : serializer.version());
            mount.telemetry().execute(CONNECTED, Map.of("duration", System.nanoTime() - start), metadata);
        }
        return result;
    }

    private static final java.util.List<String> CONNECTED = java.util.List.of("phoenix", "socket_connected");

    private static ConnectResult accept(
            SocketMount mount, Map<String, Object> params, String transport, ConnectInfo info) {
        ConnectResult result = mount.handler().connect(params, Socket.create(transport), info);
        if (result == null) {
            throw new IllegalStateException(mount.name() + ".connect returned null; return ConnectResult.ok(socket)"
                    + " or ConnectResult.error()");
        }
        if (result instanceof ConnectResult.Ok ok) {
            Socket connected = ok.socket();
            return ConnectResult.ok(connected.withId(mount.handler().id(connected)));
        }
        return result;
    }

    static ConnectInfo connectInfo(
            HttpServletRequest request, Map<String, Object> params, @Nullable SessionPlug sessionStore) {
        Map<String, String> xHeaders = new LinkedHashMap<>();
        Map<String, String> trace = new LinkedHashMap<>();
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement().toLowerCase(Locale.ROOT);
            if (name.startsWith("x-")) {
                xHeaders.put(name, request.getHeader(name));
            } else if (name.equals("traceparent") || name.equals("tracestate")) {
                trace.put(name, request.getHeader(name));
            }
        }
        String query = request.getQueryString();
        URI uri = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        return new ConnectInfo(
                request.getRemoteAddr(),
                request.getRemotePort(),
                uri,
                xHeaders,
                request.getHeader("user-agent"),
                trace,
                session(request, params, sessionStore));
    }

    /**
     * The endpoint session, when the {@code _csrf_token} param matches the one it holds (Phoenix's
     * {@code connect_session}): a page of this site passed it, so another site cannot connect in the user's name.
     */
    private static @Nullable Map<String, Object> session(
            HttpServletRequest request, Map<String, Object> params, @Nullable SessionPlug sessionStore) {
        Object sent = params.get(CsrfProtectionPlug.DEFAULT_SESSION_KEY);
        Cookie[] cookies = request.getCookies();
        if (sessionStore == null || !(sent instanceof String) || cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(sessionStore.key())) {
                Map<String, Object> session = sessionStore.read(cookie.getValue());
                return CsrfProtectionPlug.validToken(session.get(CsrfProtectionPlug.DEFAULT_SESSION_KEY), sent)
                        ? session
                        : null;
            }
        }
        return null;
    }
}
