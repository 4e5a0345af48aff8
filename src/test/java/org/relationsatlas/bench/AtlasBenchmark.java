package org.relationsatlas.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.relationsatlas.browser.AtlasPage;
import org.relationsatlas.browser.Chromium;

/**
 * Measures the atlas as a browser sees it; run by {@code ./atlas bench [N]}, not by the tests.
 * Prints: time from navigation to the map's data-ready (cold cache, fresh context per run),
 * filter change → data-ready latency (p50/p95), and what the page transferred, by kind.
 * <p>
 * Arguments: base URL, number of runs, Chromium executable.
 */
public final class AtlasBenchmark {

    /** Year ranges the filter cycles through: a teacher stepping through the periods. */
    private static final int[][] RANGES = {{1949, 1951}, {1969, 1969}, {1991, 2008}, {2009, 2019}, {2014, 2025}, {1945, 2025}};

    private AtlasBenchmark() {
    }

    public static void main(String[] args) {
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String chromium = args.length > 2 ? args[2] : Chromium.executableFromSystemProperty();

        List<Double> ready = new ArrayList<>();
        List<Double> filter = new ArrayList<>();
        Transfer transfer = new Transfer();
        try (Playwright playwright = Chromium.playwright()) {
            Browser browser = Chromium.launch(playwright, chromium);
            for (int run = 0; run < runs; run++) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
                    Page page = context.newPage();
                    // Only the first run's opening is counted: later runs would hit the browser cache.
                    boolean[] opening = {run == 0};
                    page.onRequestFinished(request -> {
                        if (opening[0]) {
                            transfer.add(request.resourceType(), request.sizes().responseBodySize, request.url());
                        }
                    });
                    long start = System.nanoTime();
                    AtlasPage atlas = new AtlasPage(page, baseUrl).open("");
                    ready.add(millisSince(start));
                    opening[0] = false;
                    for (int[] range : RANGES) {
                        long change = System.nanoTime();
                        atlas.setYears(range[0], range[1]);
                        filter.add(millisSince(change));
                    }
                }
            }
            browser.close();
        }
        System.out.printf(Locale.ROOT, "China–Russia Relations Atlas benchmark: %s, %d runs (fresh browser context each)%n", baseUrl, runs);
        System.out.printf(Locale.ROOT, "  open → data-ready        p50 %6.0f ms   p95 %6.0f ms   min %6.0f ms%n",
                percentile(ready, 50), percentile(ready, 95), Collections.min(ready));
        System.out.printf(Locale.ROOT, "  filter → data-ready      p50 %6.0f ms   p95 %6.0f ms   (%d changes)%n",
                percentile(filter, 50), percentile(filter, 95), filter.size());
        System.out.printf(Locale.ROOT, "  first load transferred   JS %6.1f KB   CSS %5.1f KB   data %6.1f KB   other %6.1f KB   (%d requests)%n",
                transfer.js / 1024.0, transfer.css / 1024.0, transfer.data / 1024.0, transfer.other / 1024.0, transfer.requests);
        System.out.println("  (opening the default view, until data-ready; body sizes as sent, after compression;"
                + " data = base-map TopoJSON, layer GeoJSON and the UI's JSON round trips)");
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** Bytes transferred on the first load, by kind. */
    private static final class Transfer {
        long js;
        long css;
        long data;
        long other;
        int requests;

        synchronized void add(String type, long bytes, String url) {
            requests++;
            long size = Math.max(bytes, 0);
            if ("script".equals(type)) {
                js += size;
            } else if ("stylesheet".equals(type)) {
                css += size;
            } else if ("fetch".equals(type) || "xhr".equals(type) || url.contains(".json") || url.contains(".geojson")) {
                data += size;
            } else {
                other += size;
            }
        }
    }
}
