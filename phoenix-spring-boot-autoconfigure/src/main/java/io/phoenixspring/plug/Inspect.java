package io.phoenixspring.plug;

import io.phoenixspring.conn.Upload;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Formats values as Elixir's {@code inspect/1} prints them, so Phoenix's log lines read the same in Java:
 * {@code %{"messenger" => "Frank"}}, {@code ["a", "b"]}, {@code nil}, {@code [:browser]}.
 */
public final class Inspect {

    private static final Pattern ATOM = Pattern.compile("[A-Za-z_][A-Za-z0-9_@]*[?!]?");

    private Inspect() {}

    /**
     * {@code value} as Elixir inspects it: maps as {@code %{key => value}} with their keys sorted (as Elixir prints
     * small maps), lists as {@code [a, b]}, strings quoted and escaped, null as {@code nil}, an {@link Upload} as a
     * {@code %Plug.Upload{}} struct.
     */
    public static String inspect(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** {@code names} as a list of atoms: {@code [:browser, :auth]}. */
    public static String atoms(List<String> names) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(atom(names.get(i)));
        }
        return out.append(']').toString();
    }

    /** {@code name} as an atom: {@code :browser}, or {@code :"my-pipe"} when it needs quotes. */
    public static String atom(String name) {
        return ATOM.matcher(name).matches() ? ":" + name : ":" + string(name);
    }

    private static void append(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("nil");
        } else if (value instanceof CharSequence text) {
            out.append(string(text.toString()));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            String separator = "";
            for (Object element : list) {
                out.append(separator);
                append(out, element);
                separator = ", ";
            }
            out.append(']');
        } else if (value instanceof Upload upload) {
            out.append("%Plug.Upload{content_type: ")
                    .append(upload.contentType() == null ? "nil" : string(upload.contentType()))
                    .append(", filename: ")
                    .append(string(upload.filename()))
                    .append(", path: ")
                    .append(string(upload.path().toString()))
                    .append('}');
        } else {
            out.append(string(value.toString()));
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        Map<String, @Nullable Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(inspect(key), value));
        out.append("%{");
        String separator = "";
        for (Map.Entry<String, @Nullable Object> entry : sorted.entrySet()) {
            out.append(separator).append(entry.getKey()).append(" => ");
            append(out, entry.getValue());
            separator = ", ";
        }
        out.append('}');
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '#' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '{' ? "\\#" : "#");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
