package io.phoenixspring.controller.internal;

import io.phoenixspring.conn.MimeTypes;
import io.phoenixspring.controller.NotAcceptableException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Phoenix's content negotiation of {@code accepts/2}, over the {@code accept} header. */
public final class AcceptHeader {

    private record Entry(double q, String header, @Nullable String range, List<String> extensions) {}

    /**
     * Formats already negotiated, by header and accepted formats: clients send a handful of distinct headers, so most
     * requests skip the parse. Emptied when full, so odd headers cannot grow it.
     */
    private static final Map<List<Object>, String> NEGOTIATED = new ConcurrentHashMap<>();

    private static final int NEGOTIATED_LIMIT = 512;

    private AcceptHeader() {}

    /**
     * The format of {@code accepted} the {@code accept} header asks for, as Phoenix picks it.
     *
     * @throws NotAcceptableException when the header asks for none of them
     */
    public static String negotiate(@Nullable String header, List<String> accepted) {
        if (header == null || header.isEmpty() || header.equals("*/*")) {
            return accepted.get(0);
        }
        List<Object> key = List.of(header, accepted);
        String format = NEGOTIATED.get(key);
        if (format == null) {
            format = negotiateUncached(header, accepted);
            if (NEGOTIATED.size() >= NEGOTIATED_LIMIT) {
                NEGOTIATED.clear();
            }
            NEGOTIATED.put(key, format);
        }
        return format;
    }

    private static String negotiateUncached(String header, List<String> accepted) {
        if (header.contains("*/*") && accepted.contains("html")) {
            return "html";
        }
        List<Entry> rest = new ArrayList<>();
        for (String part : header.split(",")) {
            Entry entry = parse(part.trim());
            if (entry == null) {
                continue;
            }
            String format = entry.q() == 1.0 ? find(entry, accepted) : null;
            if (format != null) {
                return format;
            }
            rest.add(entry);
        }
        rest.sort(Comparator.comparingDouble((Entry e) -> -e.q()).thenComparing(Entry::header));
        for (Entry entry : rest) {
            String format = find(entry, accepted);
            if (format != null) {
                return format;
            }
        }
        throw refuse(rest, accepted);
    }

    private static @Nullable Entry parse(String part) {
        String[] pieces = part.split(";");
        String mime = pieces[0].trim().toLowerCase(Locale.ROOT);
        int slash = mime.indexOf('/');
        if (slash <= 0 || slash == mime.length() - 1) {
            return null;
        }
        double q = 1.0;
        for (int i = 1; i < pieces.length; i++) {
            String param = pieces[i].trim();
            if (param.startsWith("q=")) {
                try {
                    q = Double.parseDouble(param.substring(2));
                } catch (NumberFormatException e) {
                    q = 1.0;
                }
            }
        }
        String type = mime.substring(0, slash);
        String subtype = mime.substring(slash + 1);
        if (type.equals("*") && subtype.equals("*")) {
            return new Entry(q, part, "*/*", List.of());
        }
        if (subtype.equals("*")) {
            return new Entry(q, part, type, List.of());
        }
        return new Entry(q, part, null, MimeTypes.extensions(mime));
    }

    private static @Nullable String find(Entry entry, List<String> accepted) {
        if ("*/*".equals(entry.range())) {
            return accepted.get(0);
        }
        if (entry.range() != null) {
            for (String format : accepted) {
                String type = MimeTypes.type(format);
                if (type.substring(0, type.indexOf('/')).equals(entry.range())) {
                    return format;
                }
            }
            return null;
        }
        for (String extension : entry.extensions()) {
            if (accepted.contains(extension)) {
                return extension;
            }
        }
        return null;
    }

    private static NotAcceptableException refuse(List<Entry> given, List<String> accepted) {
        StringBuilder message = new StringBuilder("no supported media type in accept header.\n\nExpected one of ")
                .append(quoted(accepted))
                .append(" but got the following formats:\n");
        for (Entry entry : given) {
            message.append("\n  * \"")
                    .append(entry.header())
                    .append("\" with extensions: ")
                    .append(entry.range() != null ? "\"" + entry.range() + "\"" : quoted(entry.extensions()));
        }
        message.append("\n\nTo accept another format, add it to the route's accepts list.");
        return new NotAcceptableException(message.toString(), accepted);
    }

    static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }
}
