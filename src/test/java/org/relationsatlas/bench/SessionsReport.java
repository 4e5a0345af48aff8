package org.relationsatlas.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;

/**
 * {@code ./atlas bench sessions [N]}: N sessions of the atlas, then N of the plain page, each group
 * staggered over ten seconds from one Chromium; prints first-load p50/p95 and failures of each, and
 * the atlas server's heap per session: (heap after GC with N sessions − heap after GC before) / N, and
 * the classes whose instances grew most per session (from jcmd's class histograms), to say where it goes.
 */
final class SessionsReport {

    private SessionsReport() {
    }

    static void run(Browser browser, List<MapPage> pages, BenchOptions options, BenchFigures figures) throws Exception {
        int sessions = options.count();
        ServerHeap heap = options.appPid() > 0 ? new ServerHeap(options.appPid()) : null;
        OpeningReport.out("China–Russia Relations Atlas benchmark: %d sessions of each page, started over %d s from one Chromium,"
                + " kept open; first load by the page's clock, failed when not ready within %d s",
                sessions, ManySessions.STAGGER_MS / 1000, ManySessions.READY_TIMEOUT_MS / 1000);
        warmUp(browser, pages);
        for (MapPage page : pages) {
            boolean atlas = page.vaadin();
            long before = atlas && heap != null ? heap.usedAfterGcKb() : 0;
            Map<String, Long> classesBefore = atlas && heap != null ? heap.bytesByClass() : Map.of();
            try (ManySessions many = ManySessions.open(browser, page, sessions)) {
                OpeningReport.out("  %-6s %s  first load %s   failures %d of %d", page.name(), page.url(),
                        OpeningReport.p50p95(many.firstLoad()), many.failures(), sessions);
                OpeningReport.record(figures, "sessions." + page.name(), many.firstLoad());
                if (atlas) {
                    OpeningReport.out("  %-6s view ready (filters, panel and map clicks answer) %s", page.name(),
                            OpeningReport.p50p95(many.view()));
                    OpeningReport.record(figures, "sessions.atlas.view", many.view());
                }
                figures.put("sessions." + page.name() + ".failures", many.failures());
                if (atlas && heap != null) {
                    long with = heap.usedAfterGcKb();
                    double perSession = (with - before) / (double) sessions;
                    OpeningReport.out("  %-6s server heap after GC: %,d KB before, %,d KB with %d sessions: %.1f KB per session",
                            page.name(), before, with, sessions, perSession);
                    figures.put("sessions.atlas.heap_before_kb", before).put("sessions.atlas.heap_with_sessions_kb", with)
                            .put("sessions.atlas.heap_per_session_kb", perSession);
                    figures.put("sessions.atlas.live_objects_per_session_kb", printGrowth(classesBefore, heap.bytesByClass(), sessions));
                }
            }
        }
        if (heap == null) {
            OpeningReport.out("  (no --app-pid: the server's heap was not read)");
        }
    }

    /** The live objects' growth per session in KB, and the classes that grew most: what a session holds. */
    private static double printGrowth(Map<String, Long> before, Map<String, Long> after, int sessions) {
        Map<String, Long> growth = new HashMap<>();
        after.forEach((type, bytes) -> growth.put(type, bytes - before.getOrDefault(type, 0L)));
        // The live objects' growth; the heap's "used" above also counts G1's partly filled regions.
        long total = growth.values().stream().mapToLong(Long::longValue).sum();
        OpeningReport.out("  atlas  live objects after GC (class histograms): %.1f KB per session; grew most:", total / 1024.0 / sessions);
        growth.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(entry -> OpeningReport.out("           %8.1f KB  %s", entry.getValue() / 1024.0 / sessions, entry.getKey()));
        return total / 1024.0 / sessions;
    }

    /** One opening of each page first, so the server's first-use costs fall neither in a group nor in its heap. */
    private static void warmUp(Browser browser, List<MapPage> pages) {
        for (MapPage page : pages) {
            try (BrowserContext context = browser.newContext()) {
                page.open(context.newPage());
            }
        }
    }
}
