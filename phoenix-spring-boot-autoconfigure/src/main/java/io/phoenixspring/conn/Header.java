package io.phoenixspring.conn;

import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP header, its name in lower case as Plug keeps it.
 *
 * @param name the header name, lower case
 * @param value the header value
 */
public record Header(String name, String value) {

    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        name = name.toLowerCase(Locale.ROOT);
    }
}
