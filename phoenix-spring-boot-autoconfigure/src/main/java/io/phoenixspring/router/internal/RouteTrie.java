package io.phoenixspring.router.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Routes indexed by path segment. A lookup walks the request's segments, following the static child and the param
 * children that fit, and keeps the matching route declared first; its cost grows with the path's depth, not with the
 * number of routes.
 *
 * @param <R> the route type
 */
public final class RouteTrie<R> {

    /** Decides whether a route at a matched path also fits the request (verb, host). */
    @FunctionalInterface
    public interface Filter<R> {
        boolean accepts(R route);
    }

    /**
     * A match.
     *
     * @param route the route
     * @param params the path params, a list for globs
     * @param consumed how many segments matched before a forward's glob
     */
    public record Match<R>(R route, Map<String, Object> params, int consumed) {}

    private record Entry<R>(int index, R route) {}

    private record ParamEdge<R>(String prefix, String name, Node<R> child) {}

    private record GlobEdge<R>(String prefix, String name, boolean forward, Entry<R> entry) {}

    private static final class Node<R> {
        final Map<String, Node<R>> statics = new HashMap<>();
        final List<ParamEdge<R>> params = new ArrayList<>(1);
        final List<GlobEdge<R>> globs = new ArrayList<>(1);
        final List<Entry<R>> terminals = new ArrayList<>(1);
        int minIndex = Integer.MAX_VALUE;
    }

    private final Node<R> root = new Node<>();
    private int size;

    /** Adds {@code route} for {@code segments}; earlier additions win over later ones. */
    public void add(List<Segment> segments, boolean forward, R route) {
        Entry<R> entry = new Entry<>(size++, route);
        Node<R> node = root;
        node.minIndex = Math.min(node.minIndex, entry.index());
        for (Segment segment : segments) {
            switch (segment.kind()) {
                case STATIC -> node = node.statics.computeIfAbsent(segment.prefix(), k -> new Node<>());
                case PARAM -> node = paramChild(node, segment);
                case GLOB -> {
                    node.globs.add(new GlobEdge<>(segment.prefix(), segment.name(), false, entry));
                    return;
                }
            }
            node.minIndex = Math.min(node.minIndex, entry.index());
        }
        if (forward) {
            node.globs.add(new GlobEdge<>("", "", true, entry));
        } else {
            node.terminals.add(entry);
        }
    }

    private static <R> Node<R> paramChild(Node<R> node, Segment segment) {
        for (ParamEdge<R> edge : node.params) {
            if (edge.prefix().equals(segment.prefix()) && edge.name().equals(segment.name())) {
                return edge.child();
            }
        }
        ParamEdge<R> edge = new ParamEdge<>(segment.prefix(), segment.name(), new Node<>());
        node.params.add(edge);
        return edge.child();
    }

    /** The first-declared route whose path matches {@code segments} (decoded) and that {@code filter} accepts. */
    public @Nullable Match<R> match(List<String> segments, Filter<R> filter) {
        Search<R> search = new Search<>(segments, filter);
        search.walk(root, 0);
        return search.best;
    }

    private static final class Search<R> {
        final List<String> segments;
        final Filter<R> filter;
        final String[] names;
        final Object[] values;
        int depth;

        @Nullable
        Match<R> best;

        int bestIndex = Integer.MAX_VALUE;

        Search(List<String> segments, Filter<R> filter) {
            this.segments = segments;
            this.filter = filter;
            this.names = new String[segments.size() + 1];
            this.values = new Object[segments.size() + 1];
        }

        void walk(Node<R> node, int position) {
            if (node.minIndex >= bestIndex) {
                return;
            }
            for (GlobEdge<R> glob : node.globs) {
                tryGlob(glob, position);
            }
            if (position == segments.size()) {
                for (Entry<R> entry : node.terminals) {
                    if (entry.index() < bestIndex && filter.accepts(entry.route())) {
                        record(entry, position, null, null);
                        break;
                    }
                }
                return;
            }
            String segment = segments.get(position);
            Node<R> child = node.statics.get(segment);
            if (child != null) {
                walk(child, position + 1);
            }
            for (ParamEdge<R> edge : node.params) {
                if (segment.length() > edge.prefix().length() && segment.startsWith(edge.prefix())) {
                    names[depth] = edge.name();
                    values[depth] = segment.substring(edge.prefix().length());
                    depth++;
                    walk(edge.child(), position + 1);
                    depth--;
                }
            }
        }

        private void tryGlob(GlobEdge<R> glob, int position) {
            Entry<R> entry = glob.entry();
            if (entry.index() >= bestIndex || !filter.accepts(entry.route())) {
                return;
            }
            List<String> rest = segments.subList(position, segments.size());
            if (glob.forward()) {
                record(entry, position, null, null);
                return;
            }
            if (!glob.prefix().isEmpty() && (rest.isEmpty() || !rest.get(0).startsWith(glob.prefix()))) {
                return;
            }
            record(entry, position, glob.name(), List.copyOf(rest));
        }

        private void record(Entry<R> entry, int position, @Nullable String globName, @Nullable List<String> glob) {
            Map<String, Object> params = new LinkedHashMap<>();
            for (int i = 0; i < depth; i++) {
                params.put(names[i], values[i]);
            }
            if (globName != null && glob != null) {
                params.put(globName, glob);
            }
            best = new Match<>(entry.route(), params, position);
            bestIndex = entry.index();
        }
    }
}
