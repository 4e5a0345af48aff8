package org.relationsatlas.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the openings of the atlas beside the plain page, with the goals, and records the figures. */
final class OpeningReport {

    private OpeningReport() {
    }

    static void print(OpeningBench bench, List<MapPage> pages, int runs, BenchFigures figures) {
        OpeningBench.PageFigures atlas = bench.figures().get("atlas");
        OpeningBench.PageFigures plain = bench.figures().get("plain");
        out("China–Russia Relations Atlas benchmark: %d runs of each page, alternating (ABBA), a fresh browser context each", runs);
        pages.forEach(page -> out("  %-6s %s", page.name(), page.url()));
        out("  (plain: the same countries, water and layers drawn by plain OpenLayers; times by the page's clock,"
                + " from navigation to the map's first data-ready)");

        double coldRatio50 = atlas.cold.p50() / plain.cold.p50();
        double coldRatio95 = atlas.cold.p95() / plain.cold.p95();
        out("%n  %-30s %-28s %-28s %s", "", "atlas", "plain", "atlas/plain");
        out("  %-30s %-28s %-28s p50 %.2f×  p95 %.2f×   (goal ≤ 1.3×)", "open → map ready (cold)",
                p50p95(atlas.cold), p50p95(plain.cold), coldRatio50, coldRatio95);
        double viewRatio50 = atlas.view.p50() / plain.cold.p50();
        out("  %-30s %-28s %-28s p50 %.2f×   (atlas: filters, panel and map clicks answer)", "open → view ready (cold)",
                p50p95(atlas.view), "", viewRatio50);
        out("  %-30s %-28s %-28s", "reload → map ready (warm)", p50p95(atlas.warm), p50p95(plain.warm));
        double atlasWarmToCold = atlas.warm.p50() / atlas.cold.p50();
        double plainWarmToCold = plain.warm.p50() / plain.cold.p50();
        out("  %-30s %-28s %-28s (goal: atlas ≤ 0.5)", "warm / cold (p50)",
                String.format(Locale.ROOT, "%.2f", atlasWarmToCold), String.format(Locale.ROOT, "%.2f", plainWarmToCold));
        out("  %-30s %-28s (%d changes; goal p95 ≤ 150 ms)", "filter → data-ready (atlas)", p50p95(bench.filter()), bench.filter().size());

        record(figures, "open.atlas.cold", atlas.cold);
        record(figures, "open.plain.cold", plain.cold);
        figures.put("open.ratio.p50", coldRatio50).put("open.ratio.p95", coldRatio95);
        record(figures, "open.atlas.view", atlas.view);
        figures.put("open.view_ratio.p50", viewRatio50);
        record(figures, "open.atlas.warm", atlas.warm);
        record(figures, "open.plain.warm", plain.warm);
        figures.put("open.atlas.warm_to_cold", atlasWarmToCold).put("open.plain.warm_to_cold", plainWarmToCold);
        record(figures, "filter", bench.filter());

        out("%n  first opening (cold cache; sizes as sent, after compression)");
        printFirstOpening("atlas", atlas.first, figures);
        printFirstOpening("plain", plain.first, figures);
    }

    private static void printFirstOpening(String name, FirstOpening first, BenchFigures figures) {
        Transfer transfer = first.transfer();
        out("  %-6s transferred  JS %7.1f KB  CSS %6.1f KB  data %7.1f KB  other %6.1f KB  (%d requests, %d finished)",
                name, kb(transfer.js), kb(transfer.css), kb(transfer.data), kb(transfer.other), first.requests(), transfer.requests);
        if (first.firstUidlBytes() >= 0) {
            out("  %-6s first server response (first UIDL) %.1f KB decoded   (goal ≤ 150 KB; bootstrap v-r=init %.1f KB)",
                    name, kb(first.firstUidlBytes()), kb(first.initBytes()));
        }
        out("  %-6s DOM at map ready  %,d elements (%,d with shadow roots)   (goal ≤ 1,500)",
                name, first.domNodes(), first.domNodesWithShadow());
        out("  %-6s requested more than once (goal: every file once): %s", name,
                first.repeated().isEmpty() ? "nothing" : first.repeated().size() + " addresses");
        for (Map.Entry<String, Integer> url : first.repeated()) {
            int fromServiceWorker = first.repeatedFromServiceWorker().get(url.getKey());
            out("           %d× %s%s", url.getValue(), url.getKey(),
                    fromServiceWorker == 0 ? "" : " (" + fromServiceWorker + " answered by the service worker)");
        }
        String key = "first_load." + name + ".";
        figures.put(key + "js_kb", kb(transfer.js)).put(key + "css_kb", kb(transfer.css))
                .put(key + "data_kb", kb(transfer.data)).put(key + "other_kb", kb(transfer.other))
                .put(key + "total_kb", kb(transfer.total())).put(key + "requests", first.requests())
                .put(key + "urls_repeated", first.repeated().size())
                .put(key + "dom_elements", first.domNodes()).put(key + "dom_elements_with_shadow", first.domNodesWithShadow());
        if (first.firstUidlBytes() >= 0) {
            figures.put(key + "first_uidl_kb", kb(first.firstUidlBytes())).put(key + "init_kb", kb(first.initBytes()));
        }
    }

    static String p50p95(Samples samples) {
        return String.format(Locale.ROOT, "p50 %5.0f ms  p95 %5.0f ms", samples.p50(), samples.p95());
    }

    static void record(BenchFigures figures, String key, Samples samples) {
        figures.put(key + ".p50_ms", samples.p50()).put(key + ".p95_ms", samples.p95());
    }

    private static double kb(long bytes) {
        return bytes / 1024.0;
    }

    static void out(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }
}
