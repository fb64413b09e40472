package io.phoenixspring.benchmarks.routing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.slf4j.LoggerFactory;

/**
 * Route matching (JMH): the same {@link RouteSet} of 10, 100 and 1,000 routes matched by the Phoenix router, Spring's
 * {@code RequestMappingHandlerMapping} and a WebMvc.fn {@code RouterFunction}. Each invocation matches the next request
 * path of the set, cycling through them, so the score is the mean over hits (first, middle, last declared routes,
 * params, globs) and misses. Run by {@link RoutingBench}, which prints the ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingBenchmark {

    /** The cycle through the probes of a route set of {@code routes} routes, over one contender. */
    @State(Scope.Thread)
    public abstract static class Cycle {

        @Param({"10", "100", "1000"})
        int routes;

        private Contender contender;
        private int count;
        private int next;

        /** The contender's name, in messages. */
        abstract String name();

        /** The contender, over {@code set}. */
        abstract Contender contender(RouteSet set) throws Exception;

        @Setup
        public void setUp() throws Exception {
            quietLogs();
            RouteSet set = RouteSet.of(routes);
            Contender built = contender(set);
            Contender.verify(name(), built, set);
            this.contender = built;
            this.count = set.probes().size();
        }

        final Object match() throws Exception {
            int probe = next;
            next = probe + 1 == count ? 0 : probe + 1;
            return contender.match(probe);
        }
    }

    @State(Scope.Thread)
    public static class Phoenix extends Cycle {

        @Override
        String name() {
            return "phoenix";
        }

        @Override
        Contender contender(RouteSet set) {
            return new PhoenixContender(set);
        }
    }

    @State(Scope.Thread)
    public static class HandlerMapping extends Cycle {

        @Override
        String name() {
            return "handler mapping";
        }

        @Override
        Contender contender(RouteSet set) throws Exception {
            return new HandlerMappingContender(set);
        }
    }

    @State(Scope.Thread)
    public static class RouterFunction extends Cycle {

        @Override
        String name() {
            return "router function";
        }

        @Override
        Contender contender(RouteSet set) throws Exception {
            return new RouterFunctionContender(set);
        }
    }

    @Benchmark
    public void phoenix(Phoenix state, Blackhole blackhole) throws Exception {
        blackhole.consume(state.match());
    }

    @Benchmark
    public void handlerMapping(HandlerMapping state, Blackhole blackhole) throws Exception {
        blackhole.consume(state.match());
    }

    @Benchmark
    public void routerFunction(RouterFunction state, Blackhole blackhole) throws Exception {
        blackhole.consume(state.match());
    }

    /** Logback logs debug by default; Spring's "Mapped to ..." lines would be measured with the match. */
    static void quietLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }
}
