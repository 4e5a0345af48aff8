package org.relationsatlas.bench;

import java.util.List;

/**
 * Lighthouse against both pages with the desktop and mobile presets, beside the goals: desktop
 * performance ≥ 90, mobile performance at least the plain page's, accessibility 100. When Lighthouse
 * cannot be installed or run, says what failed and goes on without it.
 */
final class LighthouseReport {

    private static final List<String> PRESETS = List.of("desktop", "mobile");

    private LighthouseReport() {
    }

    static void run(List<MapPage> pages, BenchOptions options, BenchFigures figures) {
        OpeningReport.out("%n  Lighthouse (performance, accessibility; reports in %s)", reports(options));
        Lighthouse lighthouse;
        try {
            lighthouse = Lighthouse.prepare(options.tools(), options.node(), options.chromium(), reports(options));
        } catch (Exception e) {
            OpeningReport.out("  Lighthouse skipped: %s", e.getMessage());
            figures.about("lighthouse", "skipped: " + e.getMessage());
            return;
        }
        OpeningReport.out("  %-6s %-8s %12s %14s %9s %9s %9s", "", "preset", "performance", "accessibility", "FCP", "LCP", "TBT");
        for (String preset : PRESETS) {
            for (MapPage page : pages) {
                try {
                    Lighthouse.Score score = lighthouse.run(page, preset);
                    OpeningReport.out("  %-6s %-8s %12.0f %14.0f %6.0f ms %6.0f ms %6.0f ms", page.name(), preset,
                            score.performance(), score.accessibility(), score.fcpMs(), score.lcpMs(), score.tbtMs());
                    String key = "lighthouse." + page.name() + "." + preset + ".";
                    figures.put(key + "performance", score.performance()).put(key + "accessibility", score.accessibility())
                            .put(key + "fcp_ms", score.fcpMs()).put(key + "lcp_ms", score.lcpMs()).put(key + "tbt_ms", score.tbtMs());
                } catch (Exception e) {
                    OpeningReport.out("  %-6s %-8s failed: %s", page.name(), preset, e.getMessage());
                }
            }
        }
        OpeningReport.out("  (goals: atlas desktop performance ≥ 90; atlas mobile performance ≥ plain's; accessibility 100)");
    }

    private static java.nio.file.Path reports(BenchOptions options) {
        return options.out().toAbsolutePath().getParent().resolve("lighthouse");
    }
}
