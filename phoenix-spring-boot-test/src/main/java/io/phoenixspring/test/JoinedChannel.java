package io.phoenixspring.test;

import io.phoenixspring.channel.Socket;
import io.phoenixspring.socket.SocketConnection;

/**
 * A channel joined by a test, as the {@code {:ok, reply, socket}} of {@code ChannelTest.subscribe_and_join}: pass it
 * to {@link ChannelTest#push}, {@link ChannelTest#leave}, {@link ChannelTest#close} and
 * {@link ChannelTest#broadcastFrom}.
 *
 * @param reply the join reply's response
 * @param socket the channel's socket as {@code join} returned it (its assigns, topic and join reference)
 * @param topic the joined topic
 * @param joinRef the join reference
 * @param connection the in-process connection the channel runs on
 */
public record JoinedChannel(Object reply, Socket socket, String topic, String joinRef, SocketConnection connection) {}
