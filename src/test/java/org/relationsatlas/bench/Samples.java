package org.relationsatlas.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured durations in milliseconds, and their percentiles. */
final class Samples {

    private final List<Double> values = new ArrayList<>();

    void add(double millis) {
        values.add(millis);
    }

    int size() {
        return values.size();
    }

    /** The nearest-rank percentile; NaN when nothing was measured. */
    double percentile(int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
