package io.phoenixspring.router.internal;

import java.util.ArrayList;
import java.util.List;

/** One segment of a route path: static text, a param ({@code :id}, {@code v:version}) or a glob ({@code *path}). */
public record Segment(Kind kind, String prefix, String name) {

    /** What a segment matches. */
    public enum Kind {
        STATIC,
        PARAM,
        GLOB
    }

    /**
     * Parses {@code path}: {@code /api/v:version/pages/*rest}.
     *
     * @throws IllegalArgumentException when a param has no name or a glob is not last
     */
    public static List<Segment> parse(String path) {
        List<Segment> segments = new ArrayList<>();
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                continue;
            }
            int colon = part.indexOf(':');
            int star = part.indexOf('*');
            if (star >= 0 && (colon < 0 || star < colon)) {
                String name = part.substring(star + 1);
                checkName(path, name, "*");
                if (hasMore(parts, i)) {
                    throw new IllegalArgumentException("glob segment \"" + part + "\" must be the last segment of \""
                            + path + "\"; move it to the end");
                }
                segments.add(new Segment(Kind.GLOB, part.substring(0, star), name));
            } else if (colon >= 0) {
                String name = part.substring(colon + 1);
                checkName(path, name, ":");
                segments.add(new Segment(Kind.PARAM, part.substring(0, colon), name));
            } else {
                segments.add(new Segment(Kind.STATIC, part, ""));
            }
        }
        return segments;
    }

    private static boolean hasMore(String[] parts, int index) {
        for (int i = index + 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void checkName(String path, String name, String sigil) {
        if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            throw new IllegalArgumentException("invalid dynamic segment \"" + sigil + name + "\" in \"" + path
                    + "\"; a " + sigil + " must be followed by a name of letters, digits and underscores, and only"
                    + " the trailing part of a segment can be captured");
        }
    }
}
