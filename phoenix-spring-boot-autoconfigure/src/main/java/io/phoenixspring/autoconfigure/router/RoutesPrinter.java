package io.phoenixspring.autoconfigure.router;

import io.phoenixspring.router.RouteFormatter;
import io.phoenixspring.router.RouteTable;
import java.io.PrintStream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Prints the routes as {@code mix phx.routes} does and exits 0, when the application runs with
 * {@code --phoenix.routes}; {@link RoutesEnvironmentPostProcessor} keeps the web server from starting.
 */
public final class RoutesPrinter implements ApplicationListener<ApplicationReadyEvent> {

    private final RouteTable table;

    RoutesPrinter(RouteTable table) {
        this.table = table;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        PrintStream out = System.out;
        out.print(RouteFormatter.format(table.routes()));
        out.flush();
        System.exit(SpringApplication.exit(event.getApplicationContext(), () -> 0));
    }
}
