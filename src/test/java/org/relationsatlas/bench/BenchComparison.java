package org.relationsatlas.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./atlas bench compare A.json B.json}: two runs' figures side by side, with the change from A to B.
 * Figures only one run has are shown with a blank for the other.
 */
public final class BenchComparison {

    private BenchComparison() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ./atlas bench compare A.json B.json");
            System.exit(2);
        }
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        Map<String, Double> before = BenchFigures.read(a);
        Map<String, Double> after = BenchFigures.read(b);
        System.out.println("A: " + a + "  " + BenchFigures.describe(a));
        System.out.println("B: " + b + "  " + BenchFigures.describe(b));
        System.out.printf(Locale.ROOT, "%-46s %12s %12s %9s%n", "figure", "A", "B", "change");
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            double from = before.getOrDefault(name, Double.NaN);
            double to = after.getOrDefault(name, Double.NaN);
            System.out.printf(Locale.ROOT, "%-46s %12s %12s %9s%n", name, number(from), number(to), change(from, to));
        }
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.2f" : "%.1f", value);
    }

    private static String change(double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || from == to) {
            return Double.isFinite(from) && from == to ? "=" : "";
        }
        return from == 0 ? String.format(Locale.ROOT, "%+.1f", to - from)
                : String.format(Locale.ROOT, "%+.1f%%", (to - from) / Math.abs(from) * 100);
    }
}
