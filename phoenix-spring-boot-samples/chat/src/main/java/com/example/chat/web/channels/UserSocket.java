package com.example.chat.web.channels;

import io.phoenixspring.channel.Socket;
import io.phoenixspring.socket.ChannelRoutes;
import io.phoenixspring.socket.ConnectInfo;
import io.phoenixspring.socket.ConnectResult;
import io.phoenixspring.socket.PhoenixSocket;
import io.phoenixspring.socket.SocketOptions;
import io.phoenixspring.token.PhoenixToken;
import io.phoenixspring.token.VerifyResult;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The channels guide's user socket: verifies the page's token and routes {@code room:*} to the room channel. */
@Component
public class UserSocket implements PhoenixSocket {

    /** Two weeks, as the guide's {@code max_age}. */
    private static final Duration MAX_AGE = Duration.ofDays(14);

    private final PhoenixToken tokens;
    private final RoomChannel rooms;

    public UserSocket(PhoenixToken tokens, RoomChannel rooms) {
        this.tokens = tokens;
        this.rooms = rooms;
    }

    @Override
    public void channels(ChannelRoutes routes) {
        routes.channel("room:*", rooms);
    }

    @Override
    public ConnectResult connect(Map<String, Object> params, Socket socket, ConnectInfo info) {
        Object token = params.get("token");
        VerifyResult result = tokens.verify("user socket", token instanceof String s ? s : null, MAX_AGE);
        if (result instanceof VerifyResult.Ok ok && ok.data() != null) {
            return ConnectResult.ok(socket.assign("user_id", ok.data()));
        }
        return ConnectResult.error();
    }

    @Override
    public @Nullable String id(Socket socket) {
        return "users_socket:" + socket.getAssign("user_id");
    }

    @Override
    public SocketOptions options() {
        return SocketOptions.defaults().withLongpoll(true);
    }
}
