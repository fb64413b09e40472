package io.phoenixspring.socket.internal;

import io.phoenixspring.channel.Serializer;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.conn.BadRequestException;
import io.phoenixspring.conn.Query;
import io.phoenixspring.endpoint.TransportHandler;
import io.phoenixspring.socket.ConnectResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Extension;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Serves {@code PATH/websocket}: checks the request as Phoenix's WebSocket transport does (400 for a non-upgrade or
 * non-GET request, 403 for an unknown {@code vsn}, a foreign origin, an unsupported subprotocol or a refused
 * {@code connect}), then upgrades the connection to a {@link WebSocketConnection}.
 */
public final class WebSocketTransportHandler implements TransportHandler {

    private final SocketMount mount;
    private final String path;

    public WebSocketTransportHandler(SocketMount mount) {
        this.mount = mount;
        this.path = mount.path() + "/websocket";
    }

    @Override
    public boolean handles(String requestPath) {
        return requestPath.equals(path) || requestPath.equals(path + "/");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TransportLog.around(mount.options().transportLog(), request, response, () -> serve(request, response));
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getMethod().equals("GET")) {
            refuse(response, 400, "");
            return;
        }
        if (!isUpgrade(request)) {
            refuse(response, 400, "'connection' header must contain 'upgrade', and 'upgrade' must be 'websocket'");
            return;
        }
        Map<String, Object> params;
        try {
            params = Query.decode(request.getQueryString());
        } catch (BadRequestException e) {
            refuse(response, 400, e.getMessage());
            return;
        }
        Serializer serializer = SocketConnect.serializer(mount, params);
        if (serializer == null || !SocketConnect.checkOrigin(mount, request)) {
            refuse(response, 403, "");
            return;
        }
        String subprotocol = subprotocol(request);
        if (subprotocol != null && subprotocol.isEmpty()) {
            refuse(response, 403, "");
            return;
        }
        connect(request, response, params, serializer, subprotocol);
    }

    private void connect(
            HttpServletRequest request,
            HttpServletResponse response,
            Map<String, Object> params,
            Serializer serializer,
            @Nullable String subprotocol)
            throws IOException {
        ConnectResult result = SocketConnect.connect(mount, params, serializer, "websocket", request);
        if (result instanceof ConnectResult.Refused refused) {
            refuse(response, refused.status(), refused.reason());
            return;
        }
        Socket socket = ((ConnectResult.Ok) result).socket();
        WebSocketConnection connection = new WebSocketConnection(
                serializer,
                outbound -> new SocketProcess(
                                mount.routes(),
                                mount.name(),
                                socket,
                                serializer,
                                mount.pubSub(),
                                mount.executor(),
                                outbound,
                                "websocket")
                        .mountedOn(mount),
                mount.options().timeout(),
                mount.options().maxFrameSize(),
                mount.options().maxQueuedBytes(),
                queued -> mount.slowClientDisconnected("websocket", queued));
        upgrade(request, response, connection, subprotocol);
    }

    private void upgrade(
            HttpServletRequest request,
            HttpServletResponse response,
            WebSocketConnection connection,
            @Nullable String subprotocol)
            throws IOException {
        Object container = request.getServletContext().getAttribute(ServerContainer.class.getName());
        if (!(container instanceof ServerContainer server)) {
            throw new IllegalStateException("no WebSocket server container in the servlet context; add"
                    + " spring-boot-starter-websocket (part of phoenix-spring-boot-starter)");
        }
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(WebSocketConnection.class, path)
                .subprotocols(subprotocol == null ? List.of() : List.of(subprotocol))
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> type) {
                        return type.cast(connection);
                    }

                    @Override
                    public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
                        return subprotocol == null ? "" : subprotocol;
                    }

                    @Override
                    public List<Extension> getNegotiatedExtensions(
                            List<Extension> installed, List<Extension> requested) {
                        return mount.options().compress()
                                ? super.getNegotiatedExtensions(installed, requested)
                                : List.of();
                    }
                })
                .build();
        try {
            server.upgradeHttpToWebSocket(request, response, config, Map.of());
        } catch (DeploymentException e) {
            throw new IOException("upgrading to WebSocket failed", e);
        }
    }

    /** The subprotocol to answer with, null when none is asked or configured, {@code ""} when none fits. */
    private @Nullable String subprotocol(HttpServletRequest request) {
        List<String> supported = mount.options().subprotocols();
        String header = request.getHeader("sec-websocket-protocol");
        if (supported.isEmpty() || header == null) {
            return null;
        }
        List<String> requested =
                Arrays.stream(header.split(",")).map(String::trim).toList();
        for (String candidate : supported) {
            if (requested.contains(candidate)) {
                return candidate;
            }
        }
        return "";
    }

    private static boolean isUpgrade(HttpServletRequest request) {
        String connection = request.getHeader("connection");
        String upgrade = request.getHeader("upgrade");
        return connection != null
                && connection.toLowerCase(Locale.ROOT).contains("upgrade")
                && upgrade != null
                && upgrade.equalsIgnoreCase("websocket");
    }

    private static void refuse(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
