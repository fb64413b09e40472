package io.phoenixspring.socket.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An Elixir version requirement ({@code "~> 2.0.0"}, {@code ">= 1.0.0 and < 2.0.0"}, {@code "== 1.0.0 or ~> 2.0"})
 * matched against semantic versions as Elixir's {@code Version.match?/2}: {@code ~> x.y.z} is
 * {@code >= x.y.z and < x.(y+1).0}, {@code ~> x.y} is {@code >= x.y.0 and < (x+1).0.0}.
 */
public final class VersionRequirement {

    private static final Pattern VERSION = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:\\.(0|[1-9]\\d*))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

    /** A parsed version; {@code pre} is empty for a release. */
    record Version(long major, long minor, long patch, List<String> pre) implements Comparable<Version> {

        @Override
        public int compareTo(Version other) {
            int c = Long.compare(major, other.major);
            c = c != 0 ? c : Long.compare(minor, other.minor);
            c = c != 0 ? c : Long.compare(patch, other.patch);
            if (c != 0) {
                return c;
            }
            if (pre.isEmpty() || other.pre.isEmpty()) {
                return Boolean.compare(pre.isEmpty(), other.pre.isEmpty());
            }
            for (int i = 0; i < Math.min(pre.size(), other.pre.size()); i++) {
                c = comparePre(pre.get(i), other.pre.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(pre.size(), other.pre.size());
        }

        private static int comparePre(String a, String b) {
            boolean numA = a.chars().allMatch(Character::isDigit);
            boolean numB = b.chars().allMatch(Character::isDigit);
            if (numA && numB) {
                return Long.compare(Long.parseLong(a), Long.parseLong(b));
            }
            return numA != numB ? (numA ? -1 : 1) : a.compareTo(b);
        }
    }

    private record Clause(String op, Version version, boolean twoParts) {

        boolean matches(Version v) {
            int c = v.compareTo(version);
            return switch (op) {
                case "==" -> c == 0;
                case "!=" -> c != 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                default -> c >= 0 && v.compareTo(upperBound()) < 0;
            };
        }

        private Version upperBound() {
            return twoParts
                    ? new Version(version.major() + 1, 0, 0, List.of("0"))
                    : new Version(version.major(), version.minor() + 1, 0, List.of("0"));
        }
    }

    private final String text;
    private final List<List<Clause>> alternatives;

    private VersionRequirement(String text, List<List<Clause>> alternatives) {
        this.text = text;
        this.alternatives = alternatives;
    }

    /**
     * Parses {@code requirement}.
     *
     * @throws IllegalArgumentException when it is not a version requirement
     */
    public static VersionRequirement parse(String requirement) {
        List<List<Clause>> alternatives = new ArrayList<>();
        for (String alternative : requirement.trim().split("\\s+or\\s+")) {
            List<Clause> clauses = new ArrayList<>();
            for (String clause : alternative.split("\\s+and\\s+")) {
                clauses.add(clause(clause.trim(), requirement));
            }
            alternatives.add(List.copyOf(clauses));
        }
        return new VersionRequirement(requirement, List.copyOf(alternatives));
    }

    private static Clause clause(String clause, String requirement) {
        Matcher m = Pattern.compile("(~>|==|!=|>=|<=|>|<)?\\s*(\\S+)").matcher(clause);
        Matcher version = m.matches() ? VERSION.matcher(m.group(2)) : null;
        if (version == null || !version.matches() || (version.group(3) == null && !"~>".equals(m.group(1)))) {
            throw new IllegalArgumentException("invalid version requirement \"" + requirement + "\"; expected"
                    + " clauses such as \"~> 2.0.0\" or \">= 1.0.0 and < 2.0.0\", joined by and/or");
        }
        return new Clause(m.group(1) == null ? "==" : m.group(1), version(version), version.group(3) == null);
    }

    /** The version {@code text}, or null when it is not a full {@code MAJOR.MINOR.PATCH} version. */
    static @Nullable Version parseVersion(String text) {
        Matcher m = VERSION.matcher(text);
        return m.matches() && m.group(3) != null ? version(m) : null;
    }

    private static Version version(Matcher m) {
        return new Version(
                Long.parseLong(m.group(1)),
                Long.parseLong(m.group(2)),
                m.group(3) == null ? 0 : Long.parseLong(m.group(3)),
                m.group(4) == null ? List.of() : List.of(m.group(4).split("\\.")));
    }

    /** Whether {@code version} meets the requirement. */
    boolean matches(Version version) {
        for (List<Clause> clauses : alternatives) {
            if (clauses.stream().allMatch(c -> c.matches(version))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
