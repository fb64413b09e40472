package com.example.chat;

import io.phoenixspring.channel.Channel;
import io.phoenixspring.channel.InResult;
import io.phoenixspring.channel.JoinResult;
import io.phoenixspring.channel.Socket;
import io.phoenixspring.socket.ChannelRoutes;
import io.phoenixspring.socket.PhoenixSocket;
import io.phoenixspring.socket.SocketOptions;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A second socket, for the interop tests only: {@code /testsocket} accepts every connection and routes
 * {@code crash:*} to a channel that crashes on {@code "crash"}, so that clients can be seen to rejoin after
 * {@code phx_error}; over WebSocket and, as the chat's socket, long-poll.
 */
@TestConfiguration(proxyBeanMethods = false)
class InteropSocketConfiguration {

    @Bean
    PhoenixSocket crashTestSocket() {
        return new PhoenixSocket() {
            @Override
            public void channels(ChannelRoutes routes) {
                routes.channel("crash:*", new CrashingChannel());
            }

            @Override
            public String path() {
                return "/testsocket";
            }

            @Override
            public SocketOptions options() {
                return SocketOptions.defaults().withLongpoll(true);
            }
        };
    }

    /** Answers {@code ping} as the room does, and throws on {@code crash}. */
    static final class CrashingChannel implements Channel {

        @Override
        public JoinResult join(String topic, Object payload, Socket socket) {
            return JoinResult.ok(socket);
        }

        @Override
        public InResult handleIn(String event, Object payload, Socket socket) {
            if (event.equals("crash")) {
                throw new IllegalStateException("crashed on purpose by the interop tests");
            }
            return InResult.ok(Map.of("pong", payload), socket);
        }
    }
}
