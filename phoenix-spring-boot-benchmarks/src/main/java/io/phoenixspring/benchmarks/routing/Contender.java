package io.phoenixspring.benchmarks.routing;

import org.jspecify.annotations.Nullable;

/**
 * A router under benchmark, holding the routes of a {@link RouteSet} and one prepared request per probe.
 *
 * <p>{@link #match} does per call what a request does to find its route, and nothing after (no controller runs).
 */
interface Contender {

    /**
     * Matches the request of probe {@code probe}.
     *
     * @return what the router found (consumed by the benchmark), or null when nothing matched
     */
    @Nullable
    Object match(int probe) throws Exception;

    /** The {@link RouteSet.Route#index()} of the route {@code found} (a result of {@link #match}) stands for. */
    int routeIndex(Object found);

    /**
     * Checks that every probe reaches its expected route and that misses match nothing, twice, so that state one match
     * leaves behind (on a reused request) cannot go unnoticed.
     *
     * @throws IllegalStateException naming the probe, what was expected and what came
     */
    static void verify(String name, Contender contender, RouteSet set) throws Exception {
        for (int i = 0; i < 2 * set.probes().size(); i++) {
            RouteSet.Probe probe = set.probes().get(i % set.probes().size());
            Object found = contender.match(i % set.probes().size());
            int expected = probe.expected() == null ? -1 : probe.expected().index();
            int actual = found == null ? -1 : contender.routeIndex(found);
            if (actual != expected) {
                throw new IllegalStateException(name + " with " + set.routes().size() + " routes: GET " + probe.path()
                        + " should reach " + describe(set, expected) + " but reached " + describe(set, actual)
                        + "; the contender must declare the route set as given, in order");
            }
        }
    }

    private static String describe(RouteSet set, int index) {
        if (index < 0) {
            return "no route";
        }
        return index < set.routes().size()
                ? "route #" + index + " " + set.routes().get(index).phoenixPath()
                : "route #" + index + ", which the set does not have";
    }
}
