package org.relationsatlas.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.relationsatlas.browser.AtlasPage;

/**
 * A page the bench opens: the atlas, or the plain OpenLayers page drawing the same map. Both say
 * data-ready="true" on their map once it is drawn; the bench notes, in the page's own clock, when that
 * first happened after the navigation ({@link #READY_CLOCK}), so many pages can be timed at once.
 */
record MapPage(String name, String url, String readySelector, boolean vaadin) {

    /**
     * Installed in every context: window.benchReadyAt = ms from the navigation to the first data-ready="true";
     * on the atlas also window.benchViewAt, when Flow's view has arrived (its event list is there and the first
     * paint's shell is gone): from then on the filters, the panel and clicks on the map answer.
     */
    static final String READY_CLOCK = "(() => {"
            + " const observer = new MutationObserver(() => {"
            + "   if (window.benchReadyAt === undefined && document.querySelector('[data-ready=\"true\"]')) {"
            + "     window.benchReadyAt = performance.now(); }"
            + "   if (window.benchViewAt === undefined && document.querySelector('atlas-event-list')"
            + "       && !document.getElementById('page-shell')) {"
            + "     window.benchViewAt = performance.now(); }"
            + "   if (window.benchReadyAt !== undefined && window.benchViewAt !== undefined) observer.disconnect(); });"
            + " observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });"
            + "})();";

    static MapPage atlas(String baseUrl) {
        return new MapPage("atlas", baseUrl + "/", "atlas-map[data-ready='true']", true);
    }

    static MapPage plain(String url) {
        return new MapPage("plain", url, "#map[data-ready='true']", false);
    }

    static void installReadyClock(BrowserContext context) {
        context.addInitScript(READY_CLOCK);
    }

    /** Opens the page and waits until its map is drawn (the atlas: and the server round trip is over). */
    void open(Page page) {
        page.navigate(url);
        waitUntilReady(page);
    }

    void reload(Page page) {
        page.reload();
        waitUntilReady(page);
    }

    void waitUntilReady(Page page) {
        if (vaadin) {
            new AtlasPage(page, url).waitUntilReady();
        } else {
            page.waitForSelector(readySelector, new Page.WaitForSelectorOptions().setTimeout(30_000));
        }
    }

    /** Milliseconds from the navigation to the map's first data-ready, by the page's clock, once the map is ready. */
    static double readyMillis(Page page) {
        return required(readyAt(page), "the map is ready but its ready clock did not run: ", page);
    }

    /** Milliseconds from the navigation to the atlas's view being there (window.benchViewAt), once it is. */
    static double viewMillis(Page page) {
        return required(viewAt(page), "the view is ready but its clock did not run: ", page);
    }

    private static double required(Double at, String problem, Page page) {
        if (at == null) {
            throw new IllegalStateException(problem + page.url());
        }
        return at;
    }

    /** Milliseconds from the navigation to the atlas's view being there, by the page's clock; null while not. */
    static Double viewAt(Page page) {
        Object at = page.evaluate("() => window.benchViewAt ?? null");
        return at instanceof Number number ? number.doubleValue() : null;
    }

    /** Milliseconds from the navigation to the map's first data-ready, by the page's clock; null while not ready. */
    static Double readyAt(Page page) {
        Object at = page.evaluate("() => window.benchReadyAt ?? null");
        return at instanceof Number number ? number.doubleValue() : null;
    }
}
