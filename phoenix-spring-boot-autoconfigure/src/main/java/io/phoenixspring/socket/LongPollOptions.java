package io.phoenixspring.socket;

import java.time.Duration;

/**
 * The long-poll transport's options, as Phoenix's {@code longpoll: [window_ms: 10_000, pubsub_timeout_ms: 2_000,
 * crypto: [max_age: 1_209_600]]}.
 *
 * <pre>{@code
 * public SocketOptions options() {
 *     return SocketOptions.defaults().withLongpoll(LongPollOptions.defaults().withWindow(Duration.ofSeconds(5)));
 * }
 * }</pre>
 *
 * @param window how long a poll waits for messages before it is answered {@code 204}; a session that is not polled
 *     for 1.5 windows closes and its channels terminate with {@code shutdown:inactive}
 * @param pubsubTimeout how long a request waits to reach its session (busy with another request, e.g. a slow
 *     {@code join}) before it is answered as if the session were gone ({@code 410})
 * @param maxAge how long a session token stays valid
 * @see <a href="https://hexdocs.pm/phoenix/Phoenix.Endpoint.html#socket/3-longpoll-configuration">Phoenix.Endpoint
 *     socket/3, long-poll configuration</a>
 */
public record LongPollOptions(Duration window, Duration pubsubTimeout, Duration maxAge) {

    public LongPollOptions {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "long-poll window must be positive, got " + window + "; Phoenix's default is 10 s");
        }
    }

    /** Phoenix's defaults: a 10 s window, 2 s to reach a session, tokens valid for two weeks. */
    public static LongPollOptions defaults() {
        return new LongPollOptions(Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofDays(14));
    }

    public LongPollOptions withWindow(Duration window) {
        return new LongPollOptions(window, pubsubTimeout, maxAge);
    }

    public LongPollOptions withPubsubTimeout(Duration pubsubTimeout) {
        return new LongPollOptions(window, pubsubTimeout, maxAge);
    }

    public LongPollOptions withMaxAge(Duration maxAge) {
        return new LongPollOptions(window, pubsubTimeout, maxAge);
    }
}
