package org.relationsatlas.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.relationsatlas.browser.AtlasPage;

/**
 * The default bench: the atlas and the plain page opened in turn (ABBA, a fresh browser context each),
 * each cold, then reloaded warm in the same context; the atlas's filter changes after that.
 */
final class OpeningBench {

    /** Year ranges the filter cycles through: a teacher stepping through the periods. */
    private static final int[][] RANGES = {{1949, 1951}, {1969, 1969}, {1991, 2008}, {2009, 2019}, {2014, 2025}, {1945, 2025}};

    /** The figures of one page. */
    static final class PageFigures {
        final Samples cold = new Samples();
        final Samples warm = new Samples();
        /** The atlas only: navigation to Flow's view being there, cold. */
        final Samples view = new Samples();
        FirstOpening first;
    }

    private final Browser browser;
    private final List<MapPage> pages;
    private final Map<String, PageFigures> figures = new LinkedHashMap<>();
    private final Samples filter = new Samples();

    OpeningBench(Browser browser, List<MapPage> pages) {
        this.browser = browser;
        this.pages = pages;
        pages.forEach(page -> figures.put(page.name(), new PageFigures()));
    }

    OpeningBench run(int runs) {
        for (int run = 0; run < runs; run++) {
            // ABBA: neither page always goes first, when the machine is freshest or most loaded.
            List<MapPage> order = run % 2 == 0 ? pages : pages.reversed();
            for (MapPage page : order) {
                measure(page, figures.get(page.name()));
            }
        }
        return this;
    }

    Map<String, PageFigures> figures() {
        return figures;
    }

    Samples filter() {
        return filter;
    }

    private void measure(MapPage mapPage, PageFigures into) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            MapPage.installReadyClock(context);
            Page page = context.newPage();
            OpeningProbe probe = new OpeningProbe(page);
            mapPage.open(page);
            probe.stop();
            into.cold.add(MapPage.readyMillis(page));
            if (mapPage.vaadin()) {
                into.view.add(MapPage.viewMillis(page));
            }
            if (into.first == null) {
                into.first = FirstOpening.of(probe, page);
            }
            mapPage.reload(page);
            into.warm.add(MapPage.readyMillis(page));
            if (mapPage.vaadin()) {
                changeFilters(new AtlasPage(page, mapPage.url()));
            }
        }
    }

    /**
     * Sets both year handles and lets go, as a drag does, and answers, by the page's clock, the
     * milliseconds until the map says data-ready="true" again: what the user waits for, without the
     * test driver's own polling round trips.
     */
    private static final String CHANGE_YEARS = """
            (range) => new Promise((resolve) => {
              const map = document.querySelector('atlas-map');
              const slider = document.querySelector('atlas-year-range');
              let busy = false;
              const observer = new MutationObserver((records) => {
                busy = busy || records.some((record) => record.oldValue === 'false') || map.getAttribute('data-ready') === 'false';
                if (busy && map.getAttribute('data-ready') === 'true') {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              });
              observer.observe(map, { attributes: true, attributeFilter: ['data-ready'], attributeOldValue: true });
              const [from, to] = [slider.querySelector('input.from'), slider.querySelector('input.to')];
              const start = performance.now();
              from.value = String(range[0]);
              to.value = String(range[1]);
              to.dispatchEvent(new Event('input', { bubbles: true }));
              to.dispatchEvent(new Event('change', { bubbles: true }));
            })""";

    private void changeFilters(AtlasPage atlas) {
        for (int[] range : RANGES) {
            Number millis = (Number) atlas.page().evaluate(CHANGE_YEARS, List.of(range[0], range[1]));
            filter.add(millis.doubleValue());
            atlas.waitUntilReady();
        }
    }
}
