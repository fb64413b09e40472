package io.phoenixspring.router;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.LoggerPlug;
import io.phoenixspring.plug.ParameterFilter;
import io.phoenixspring.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Phoenix.Logger's router line, as a handler of {@code phoenix.router_dispatch.start} (detach {@link #HANDLER_ID} to
 * silence it): {@code Processing with HelloController.index}, the filtered params and the pipelines, at the route's
 * {@code log} level (debug unless the route or its scope says otherwise).
 */
public final class RouterLogger implements Telemetry.Handler {

    /** The id the handler is attached under. */
    public static final String HANDLER_ID = "phoenix.router_logger";

    private static final Logger LOG = LoggerFactory.getLogger(LoggerPlug.LOGGER_NAME);

    private final ParameterFilter filter;

    public RouterLogger(ParameterFilter filter) {
        this.filter = filter;
    }

    /** Attaches this logger to {@code telemetry}. */
    public void attachTo(Telemetry telemetry) {
        telemetry.attach(HANDLER_ID, RouterPlug.DISPATCH_START, this, null);
    }

    /** A telemetry bus with only this logger attached: for routers built without the application's bus. */
    static Telemetry bus(ParameterFilter filter) {
        Telemetry telemetry = new Telemetry();
        new RouterLogger(filter).attachTo(telemetry);
        return telemetry;
    }

    @Override
    public void handle(
            List<String> event,
            Map<String, Object> measurements,
            Map<String, Object> metadata,
            @Nullable Object config) {
        if (metadata.get("log") instanceof Level level
                && LOG.isEnabledForLevel(level)
                && metadata.get("conn") instanceof Conn conn
                && conn.getPrivate(RouterPlug.ROUTE) instanceof Route route) {
            LOG.atLevel(level).log(RouterPlug.processing(conn, route, filter));
        }
    }
}
