package io.phoenixspring.benchmarks.routing;

import io.phoenixspring.benchmarks.load.Figures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link RoutingBenchmark} and prints ns per match of each contender at 10, 100 and 1,000 routes, the ratios of
 * Spring's handler mapping and router function to the Phoenix router, and how the Phoenix router's cost grows from
 * 10 to 1,000 routes, against the targets (at 1,000 routes: at most 300 ns, at least 10 times faster than the handler
 * mapping; at most 1.5 times the cost at 10 routes).
 *
 * <p>Usage: {@code RoutingBench [quick] [profiler...]}: {@code quick} is one fork of 3 × 1 s warm-up and 3 × 1 s
 * measurement, to check that it works; the default is 2 forks of 5 × 1 s and 5 × 1 s. Other arguments name JMH
 * profilers ({@code gc} adds the bytes allocated per match to the table; {@code stack}).
 */
public final class RoutingBench {

    private static final List<String> CONTENDERS = List.of("phoenix", "handlerMapping", "routerFunction");
    private static final List<String> SIZES = List.of("10", "100", "1000");

    private RoutingBench() {}

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("quick");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(RoutingBenchmark.class.getName() + "\\.")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(quick ? 1 : 2)
                .warmupIterations(quick ? 3 : 5)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xms1g", "-Xmx1g");
        for (String arg : args) {
            if (!arg.equals("quick")) {
                options.addProfiler(arg);
            }
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        print(table(results), quick);
    }

    /** One contender at one size: the per-iteration scores of every fork, JMH's score and error, bytes per op. */
    record Cell(
            Figures iterations,
            double score,
            double error,
            @Nullable Double bytesPerOp) {}

    private static Map<String, Cell> table(Collection<RunResult> results) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String contender = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            List<Double> scores = new ArrayList<>();
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            }
            Result<?> primary = result.getPrimaryResult();
            cells.put(
                    key(contender, result.getParams().getParam("routes")),
                    new Cell(new Figures(scores), primary.getScore(), primary.getScoreError(), bytesPerOp(result)));
        }
        return cells;
    }

    private static @Nullable Double bytesPerOp(RunResult result) {
        for (String name : result.getSecondaryResults().keySet()) {
            if (name.endsWith("gc.alloc.rate.norm")) {
                return result.getSecondaryResults().get(name).getScore();
            }
        }
        return null;
    }

    private static String key(String contender, String routes) {
        return contender + "@" + routes;
    }

    private static void print(Map<String, Cell> cells, boolean quick) {
        System.out.println();
        System.out.println("Route matching, ns per match" + (quick ? " (QUICK: 1 fork, 3 x 1 s; indicative only)" : "")
                + ": median of iterations (min-max) | JMH score +- 99.9% error");
        System.out.println(String.format(
                        Locale.ROOT, "%-7s %-50s %-50s %s", "routes", "phoenix", "handler mapping", "router function")
                .stripTrailing());
        for (String size : SIZES) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-7s", size));
            for (String contender : CONTENDERS) {
                Cell cell = cells.get(key(contender, size));
                line.append(' ').append(String.format(Locale.ROOT, "%-50s", cell == null ? "-" : describe(cell)));
            }
            System.out.println(line.toString().stripTrailing());
        }
        printBytes(cells);
        printRatios(cells);
    }

    private static String describe(Cell cell) {
        return cell.iterations().format(1) + String.format(Locale.ROOT, " | %.1f +- %.1f", cell.score(), cell.error());
    }

    private static void printBytes(Map<String, Cell> cells) {
        if (cells.values().stream().allMatch(cell -> cell.bytesPerOp() == null)) {
            return;
        }
        System.out.println();
        System.out.println("Allocated bytes per match (gc.alloc.rate.norm)");
        for (String size : SIZES) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-7s", size));
            for (String contender : CONTENDERS) {
                Cell cell = cells.get(key(contender, size));
                Double bytes = cell == null ? null : cell.bytesPerOp();
                line.append(String.format(
                        Locale.ROOT, " %-50s", bytes == null ? "-" : String.format(Locale.ROOT, "%.0f", bytes)));
            }
            System.out.println(line.toString().stripTrailing());
        }
    }

    private static void printRatios(Map<String, Cell> cells) {
        System.out.println();
        System.out.println("Ratios of medians     handler mapping / phoenix   router function / phoenix");
        for (String size : SIZES) {
            System.out.printf(
                    Locale.ROOT,
                    "%-21s %-27s %s%n",
                    size + " routes",
                    ratio(cells, key("handlerMapping", size), key("phoenix", size)),
                    ratio(cells, key("routerFunction", size), key("phoenix", size)));
        }
        printTargets(cells);
    }

    private static void printTargets(Map<String, Cell> cells) {
        Double ours = median(cells, key("phoenix", "1000"));
        Double ours10 = median(cells, key("phoenix", "10"));
        Double mapping = median(cells, key("handlerMapping", "1000"));
        System.out.println();
        System.out.println("Targets");
        System.out.println(
                "  phoenix at 1,000 routes <= 300 ns:                " + verdict(ours, ours != null && ours <= 300));
        Double faster = ours == null || mapping == null ? null : mapping / ours;
        System.out.println("  handler mapping / phoenix at 1,000 routes >= 10:  "
                + verdict(faster, faster != null && faster >= 10));
        Double growth = ours == null || ours10 == null ? null : ours / ours10;
        System.out.println("  phoenix(1000) / phoenix(10) <= 1.5:               "
                + verdict(growth, growth != null && growth <= 1.5));
    }

    private static @Nullable Double median(Map<String, Cell> cells, String key) {
        Cell cell = cells.get(key);
        return cell == null ? null : cell.iterations().median();
    }

    private static String verdict(@Nullable Double value, boolean met) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f (%s)", value, met ? "met" : "MISSED");
    }

    private static String ratio(Map<String, Cell> cells, String numerator, String denominator) {
        Cell top = cells.get(numerator);
        Cell bottom = cells.get(denominator);
        if (top == null || bottom == null) {
            return "-";
        }
        return String.format(
                Locale.ROOT,
                "%.2f",
                top.iterations().median() / bottom.iterations().median());
    }
}
