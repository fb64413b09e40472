package io.phoenixspring.benchmarks.load;

import java.util.ArrayList;
import java.util.List;

/**
 * One figure's trials in pairs: Phoenix's, its peer's, and the ratio Phoenix/peer of each pair. A failed trial is
 * {@code NaN}: it is counted, shown, and left out of the figures.
 */
public final class Pairs {

    private final List<Double> phoenix = new ArrayList<>();
    private final List<Double> peer = new ArrayList<>();
    private final List<Double> ratios = new ArrayList<>();
    private int phoenixFailed;
    private int peerFailed;

    public void add(double phoenixValue, double peerValue) {
        if (Double.isNaN(phoenixValue)) {
            phoenixFailed++;
        } else {
            phoenix.add(phoenixValue);
        }
        if (Double.isNaN(peerValue)) {
            peerFailed++;
        } else {
            peer.add(peerValue);
        }
        if (!Double.isNaN(phoenixValue) && !Double.isNaN(peerValue) && peerValue != 0) {
            ratios.add(phoenixValue / peerValue);
        }
    }

    public String phoenix(int decimals) {
        return format(phoenix, phoenixFailed, decimals);
    }

    public String peer(int decimals) {
        return format(peer, peerFailed, decimals);
    }

    public String ratio() {
        return ratios.isEmpty() ? "—" : new Figures(ratios).format(2) + "×";
    }

    /** The median of the pairs' ratios, or NaN when no pair has both. */
    public double ratioMedian() {
        return ratios.isEmpty() ? Double.NaN : new Figures(ratios).median();
    }

    /** Phoenix's median, or NaN when every trial failed. */
    public double phoenixMedian() {
        return phoenix.isEmpty() ? Double.NaN : new Figures(phoenix).median();
    }

    /** Phoenix's smallest value, or NaN when any trial failed. */
    public double phoenixMin() {
        return phoenixFailed > 0 || phoenix.isEmpty() ? Double.NaN : new Figures(phoenix).min();
    }

    /** Phoenix's largest value, or NaN when any trial failed. */
    public double phoenixMax() {
        return phoenixFailed > 0 || phoenix.isEmpty() ? Double.NaN : new Figures(phoenix).max();
    }

    private static String format(List<Double> values, int failed, int decimals) {
        if (values.isEmpty()) {
            return "failed (" + failed + " of " + failed + ")";
        }
        String figures = new Figures(values).format(decimals);
        return failed == 0 ? figures : figures + ", " + failed + " failed";
    }
}
