package io.phoenixspring.test.channels;

import io.phoenixspring.channel.Socket;
import io.phoenixspring.socket.ChannelRoutes;
import io.phoenixspring.socket.ConnectInfo;
import io.phoenixspring.socket.ConnectResult;
import io.phoenixspring.socket.PhoenixSocket;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The user socket of the channels guide: a token to connect, rooms routed to {@link RoomChannel}. */
@Component
public class UserSocket implements PhoenixSocket {

    private final RoomChannel rooms;

    public UserSocket(RoomChannel rooms) {
        this.rooms = rooms;
    }

    @Override
    public void channels(ChannelRoutes routes) {
        routes.channel("room:*", rooms);
    }

    @Override
    public ConnectResult connect(Map<String, Object> params, Socket socket, ConnectInfo info) {
        return "valid-token".equals(params.get("token"))
                ? ConnectResult.ok(socket.assign("user_id", 42))
                : ConnectResult.error();
    }

    @Override
    public @Nullable String id(Socket socket) {
        Object user = socket.getAssign("user_id");
        return user == null ? null : "users_socket:" + user;
    }
}
