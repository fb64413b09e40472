package io.phoenixspring.router;

import java.util.List;

/**
 * Formats routes as {@code mix phx.routes} prints them: helper names right-aligned with {@code _path}, verbs and
 * paths padded, columns two spaces apart, then {@code Controller :action}.
 *
 * <pre>
 * user_path  GET     /users           UserController :index
 *            PUT     /users/:id       UserController :update
 * </pre>
 */
public final class RouteFormatter {

    private RouteFormatter() {}

    /** The listing of {@code routes}, one line each, every line ending in a newline. */
    public static String format(List<Route> routes) {
        int helperWidth = 0;
        int verbWidth = 0;
        int pathWidth = 0;
        for (Route route : routes) {
            helperWidth = Math.max(helperWidth, helperName(route).length());
            verbWidth = Math.max(verbWidth, route.verb().length());
            pathWidth = Math.max(pathWidth, route.path().length());
        }
        StringBuilder out = new StringBuilder();
        for (Route route : routes) {
            out.append(padLeading(helperName(route), helperWidth))
                    .append("  ")
                    .append(padTrailing(route.verb(), verbWidth))
                    .append("  ")
                    .append(padTrailing(route.path(), pathWidth))
                    .append("  ")
                    .append(RouteTable.userClass(route.plug()).getSimpleName())
                    .append(' ')
                    .append(
                            route.forward() || route.plugOpts().equals("[]")
                                    ? route.plugOpts()
                                    : ":" + route.plugOpts())
                    .append('\n');
        }
        return out.toString();
    }

    private static String helperName(Route route) {
        return route.helper() == null ? "" : route.helper() + "_path";
    }

    private static String padLeading(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }

    private static String padTrailing(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
