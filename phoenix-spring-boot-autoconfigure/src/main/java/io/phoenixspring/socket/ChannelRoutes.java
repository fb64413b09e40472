package io.phoenixspring.socket;

import io.phoenixspring.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The channels of a socket by topic, as the {@code channel "room:*", RoomChannel} lines of a Phoenix socket: an exact
 * topic, or a prefix ending in {@code *}. The first route declared that matches wins.
 */
public final class ChannelRoutes {

    private record Route(String pattern, Channel channel) {}

    private final List<Route> routes = new ArrayList<>();

    /**
     * Routes {@code pattern} ({@code "room:lobby"}, or {@code "room:*"} for every topic starting {@code room:}) to
     * {@code channel}.
     *
     * @throws IllegalArgumentException when {@code *} stands anywhere but at the end
     */
    public ChannelRoutes channel(String pattern, Channel channel) {
        int star = pattern.indexOf('*');
        if (star >= 0 && star != pattern.length() - 1) {
            throw new IllegalArgumentException("channel topic \"" + pattern + "\" has a * before its end; a * may only"
                    + " end a topic pattern, as in \"room:*\"");
        }
        routes.add(new Route(pattern, channel));
        return this;
    }

    /** The channel of {@code topic}, if a route matches. */
    public Optional<Channel> match(String topic) {
        for (Route route : routes) {
            String pattern = route.pattern();
            boolean matches = pattern.endsWith("*")
                    ? topic.startsWith(pattern.substring(0, pattern.length() - 1))
                    : topic.equals(pattern);
            if (matches) {
                return Optional.of(route.channel());
            }
        }
        return Optional.empty();
    }

    /** The topic patterns, in order. */
    public List<String> patterns() {
        return routes.stream().map(Route::pattern).toList();
    }
}
