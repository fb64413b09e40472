package io.phoenixspring.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Figures of repeated trials: median, min and max. */
public record Figures(List<Double> values) {

    public Figures {
        values = List.copyOf(values);
    }

    public double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return Collections.min(values);
    }

    public double max() {
        return Collections.max(values);
    }

    /** {@code median (min–max)} with {@code decimals} decimals. */
    public String format(int decimals) {
        String pattern = "%,." + decimals + "f";
        return String.format(Locale.ROOT, pattern + " (" + pattern + "–" + pattern + ")", median(), min(), max());
    }
}
