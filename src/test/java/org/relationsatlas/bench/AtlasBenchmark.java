package org.relationsatlas.bench;

import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;

import org.relationsatlas.browser.Chromium;

/**
 * Measures the atlas as a browser sees it, beside a plain OpenLayers page drawing the same map; run by
 * {@code ./atlas bench [N]} (openings, filter changes, warm reloads, Lighthouse) and
 * {@code ./atlas bench sessions [N]} (many sessions at once, the server's heap per session), not by the
 * tests. Prints the figures and writes them as JSON (target/bench/…json, or --out=…).
 */
public final class AtlasBenchmark {

    private AtlasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        BenchFigures figures = new BenchFigures().about("mode", options.mode()).about("count", options.count())
                .about("label", options.label()).about("started", Instant.now().toString()).about("atlas", options.atlasUrl());
        try (StaticMapServer plain = StaticMapServer.start(options.pageDir(), options.atlasUrl());
                Playwright playwright = Chromium.playwright()) {
            List<MapPage> pages = List.of(MapPage.atlas(options.atlasUrl()), MapPage.plain(plain.url()));
            Browser browser = Chromium.launch(playwright, options.chromium());
            if (options.mode().equals("sessions")) {
                SessionsReport.run(browser, pages, options, figures);
                browser.close();
            } else {
                OpeningReport.print(new OpeningBench(browser, pages).run(options.count()), pages, options.count(), figures);
                browser.close();
                if (options.lighthouse()) {
                    LighthouseReport.run(pages, options, figures);
                }
            }
        }
        figures.write(options.out());
        System.out.println("Figures written to " + options.out() + " (compare two runs: ./atlas bench compare A.json B.json)");
        System.out.println("Timings vary with the machine's load: take figures to compare on a quiet machine.");
    }
}
