package io.phoenixspring.benchmarks.html;

import java.util.List;
import java.util.stream.IntStream;

/** What both HTML peers render: a title and twenty messages. */
public final class Messages {

    /**
     * One message.
     *
     * @param author who wrote it
     * @param body what it says, with characters the template escapes
     */
    public record Message(String author, String body) {}

    /** The page's messages. */
    public static final List<Message> ALL = IntStream.range(0, 20)
            .mapToObj(i -> new Message("user" + i, "message <" + i + "> & more"))
            .toList();

    /** The page's title. */
    public static final String TITLE = "Messages";

    private Messages() {}
}
