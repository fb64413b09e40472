package io.phoenixspring.socket.internal;

import io.phoenixspring.endpoint.TransportHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** The transports of every mounted socket, as one handler for the endpoint filter. */
public final class SocketTransports implements TransportHandler, AutoCloseable {

    private final List<TransportHandler> transports;
    private final List<SocketMount> mounts;

    public SocketTransports(List<TransportHandler> transports) {
        this(transports, List.of());
    }

    public SocketTransports(List<TransportHandler> transports, List<SocketMount> mounts) {
        this.transports = List.copyOf(transports);
        this.mounts = List.copyOf(mounts);
    }

    /** The mounted sockets. */
    public List<SocketMount> mounts() {
        return mounts;
    }

    @Override
    public boolean handles(String path) {
        for (TransportHandler transport : transports) {
            if (transport.handles(path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (TransportHandler transport : transports) {
            if (transport.handles(path)) {
                transport.handle(request, response);
                return;
            }
        }
        response.sendError(404);
    }

    /** The mounted transports. */
    public List<TransportHandler> transports() {
        return transports;
    }

    /** Closes the transports that hold connections of their own (long-poll sessions). */
    @Override
    public void close() {
        for (TransportHandler transport : transports) {
            if (transport instanceof LongPollTransportHandler longPoll) {
                longPoll.close();
            }
        }
    }
}
