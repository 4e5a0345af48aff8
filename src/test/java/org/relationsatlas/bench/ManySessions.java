package org.relationsatlas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * Many sessions at once: N browser contexts of one Chromium open a page, their starts spread evenly
 * over {@link #STAGGER_MS}; each first load is timed by the page's own clock (so one driver thread can
 * watch them all). The contexts stay open until {@link #close()}, so the server keeps every session.
 */
final class ManySessions implements AutoCloseable {

    static final long STAGGER_MS = 10_000;
    /** A session whose map is not drawn this long after its start counts as failed. */
    static final long READY_TIMEOUT_MS = 120_000;
    private static final long POLL_MS = 200;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Samples firstLoad = new Samples();
    /** The atlas only: navigation to Flow's view being there, when the server holds the session. */
    private final Samples view = new Samples();
    private int failures;

    /** Opens the page in this many sessions and waits until every map is drawn or has timed out. */
    static ManySessions open(Browser browser, MapPage page, int sessions) {
        ManySessions many = new ManySessions();
        many.run(browser, page, sessions);
        return many;
    }

    private void run(Browser browser, MapPage mapPage, int sessions) {
        List<Page> waiting = new ArrayList<>();
        List<Long> started = new ArrayList<>();
        long begin = System.nanoTime();
        int next = 0;
        while (next < sessions || !waiting.isEmpty()) {
            long now = (System.nanoTime() - begin) / 1_000_000;
            if (next < sessions && now >= next * STAGGER_MS / sessions) {
                waiting.add(start(browser, mapPage));
                started.add(now);
                next++;
                continue;
            }
            for (int i = waiting.size() - 1; i >= 0; i--) {
                Double ready = ask(MapPage::readyAt, waiting.get(i));
                // The atlas draws its map before its view arrives: a session is done when both are there.
                Double viewAt = mapPage.vaadin() ? ask(MapPage::viewAt, waiting.get(i)) : ready;
                boolean timedOut = now - started.get(i) > READY_TIMEOUT_MS;
                if ((ready == null || viewAt == null) && !timedOut) {
                    continue;
                }
                if (ready != null && viewAt != null) {
                    firstLoad.add(ready);
                    view.add(viewAt);
                } else {
                    failures++;
                }
                waiting.remove(i);
                started.remove(i);
            }
            long untilNext = next < sessions ? next * STAGGER_MS / sessions - now : POLL_MS;
            pause(Math.max(1, Math.min(POLL_MS, untilNext)));
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sessions", e);
        }
    }

    /** Starts loading the page and returns once the navigation is under way, not when it is done. */
    private Page start(Browser browser, MapPage mapPage) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        contexts.add(context);
        MapPage.installReadyClock(context);
        Page page = context.newPage();
        page.navigate(mapPage.url(), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        return page;
    }

    /** A clock of the page (MapPage.readyAt, MapPage.viewAt); null also while the page cannot be asked (between documents). */
    private static Double ask(Function<Page, Double> clock, Page page) {
        try {
            return clock.apply(page);
        } catch (PlaywrightException notNow) {
            return null;
        }
    }

    /** The atlas: navigation to its view (for the plain page, its map). */
    Samples view() {
        return view;
    }

    Samples firstLoad() {
        return firstLoad;
    }

    int failures() {
        return failures;
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
    }
}
