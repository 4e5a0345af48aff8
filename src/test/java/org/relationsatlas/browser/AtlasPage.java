package org.relationsatlas.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The atlas as a person uses it: open a view, move the years, toggle layers, click the map and cards. */
public class AtlasPage {

    private static final double READY_TIMEOUT_MS = 30_000;

    private final Page page;
    private final String baseUrl;

    public AtlasPage(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    public Page page() {
        return page;
    }

    /** Opens the atlas at {@code /?query} and waits until the map has drawn everything. */
    public AtlasPage open(String query) {
        page.navigate(baseUrl + "/" + (query.isEmpty() ? "" : "?" + query));
        waitUntilReady();
        return this;
    }

    public Locator map() {
        return page.locator("atlas-map");
    }

    /**
     * Waits for the view to arrive and the server round trip to finish, then for the map to report
     * data-ready="true" and the event list (where there is one) to have drawn its cards.
     */
    public void waitUntilReady() {
        // The atlas's first paint draws its map before the view arrives (AtlasShell): wait for the view.
        page.waitForFunction("() => !document.getElementById('page-shell')", null,
                new Page.WaitForFunctionOptions().setTimeout(READY_TIMEOUT_MS));
        waitForServer();
        page.waitForSelector("atlas-map[data-ready='true']",
                new Page.WaitForSelectorOptions().setTimeout(READY_TIMEOUT_MS));
        page.waitForFunction("() => [...document.querySelectorAll('atlas-event-list')].every(list => !list.hasAttribute('aria-busy'))",
                null, new Page.WaitForFunctionOptions().setTimeout(READY_TIMEOUT_MS));
    }

    /** Waits until Vaadin has no server round trip under way (pages without a map stop here). */
    public void waitForServer() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())",
                null, new Page.WaitForFunctionOptions().setTimeout(READY_TIMEOUT_MS));
    }

    /**
     * Sets both year handles and releases them: one range-change, as when a handle is dragged and let go.
     * The slider reads both handles when it reports, so this is one server round trip.
     */
    public AtlasPage setYears(int from, int to) {
        page.locator("atlas-year-range").evaluate("(slider, range) => {"
                + " const [from, to] = [slider.querySelector('input.from'), slider.querySelector('input.to')];"
                + " from.value = String(range[0]); to.value = String(range[1]);"
                + " to.dispatchEvent(new Event('input', {bubbles: true}));"
                + " to.dispatchEvent(new Event('change', {bubbles: true})); }", List.of(from, to));
        waitUntilReady();
        return this;
    }

    /** Drags a handle with the mouse to a fraction (0..1) of the track and lets go. */
    public AtlasPage dragHandle(String handle, double fraction) {
        Locator input = page.locator("atlas-year-range input." + handle);
        BoundingBox track = input.boundingBox();
        double min = Double.parseDouble(input.getAttribute("min"));
        double max = Double.parseDouble(input.getAttribute("max"));
        double thumb = 20;
        double usable = track.width - thumb;
        double from = (Double.parseDouble(input.inputValue()) - min) / (max - min);
        double y = track.y + track.height / 2;
        page.mouse().move(track.x + thumb / 2 + from * usable, y);
        page.mouse().down();
        page.mouse().move(track.x + thumb / 2 + fraction * usable, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        waitUntilReady();
        return this;
    }

    /** Drags across the timeline from one fraction of its width to another and lets go. */
    public AtlasPage brushTimeline(double fromFraction, double toFraction) {
        openPanel("charts");
        BoundingBox strip = page.locator("atlas-timeline svg").boundingBox();
        double y = strip.y + strip.height / 2;
        page.mouse().move(strip.x + fromFraction * strip.width, y);
        page.mouse().down();
        page.mouse().move(strip.x + toFraction * strip.width, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        page.mouse().up();
        waitUntilReady();
        return this;
    }

    /** Steps a handle with the keyboard, as a keyboard user would. */
    public AtlasPage pressOnHandle(String handle, String key) {
        page.locator("atlas-year-range input." + handle).focus();
        page.keyboard().press(key);
        waitUntilReady();
        return this;
    }

    public String yearsShown() {
        return page.locator("atlas-year-range output").textContent().strip();
    }

    /** The button that opens and closes a panel: "filters", "actions" (over the map) or "charts" (under it). */
    public Locator panelToggle(String panel) {
        return page.locator("atlas-disclosure[data-panel='" + panel + "'] > button");
    }

    public boolean isPanelOpen(String panel) {
        return "true".equals(panelToggle(panel).getAttribute("aria-expanded"));
    }

    /** Opens a panel with its button, as a user would, unless it is open already. */
    public AtlasPage openPanel(String panel) {
        if (!isPanelOpen(panel)) {
            panelToggle(panel).click();
        }
        page.waitForSelector("#panel-" + panel + "[data-open]");
        return this;
    }

    /** Closes a panel with its button, unless it is closed already, so that it does not cover the map. */
    public AtlasPage closePanel(String panel) {
        if (isPanelOpen(panel)) {
            panelToggle(panel).click();
        }
        return this;
    }

    /** Opens the filters over the map, does this, and closes them again, as a user would. */
    private void inFilters(Runnable action) {
        boolean wasOpen = isPanelOpen("filters");
        openPanel("filters");
        action.run();
        if (!wasOpen) {
            closePanel("filters");
        }
    }

    public AtlasPage toggleLayer(String layer) {
        inFilters(() -> page.locator("vaadin-checkbox[data-layer='" + layer + "']").click());
        waitUntilReady();
        return this;
    }

    public boolean isLayerOn(String layer) {
        return page.locator("vaadin-checkbox[data-layer='" + layer + "']").getAttribute("checked") != null;
    }

    /**
     * The events the panel lists, in order: the cards drawn and those drawn as the list is scrolled on
     * (EventListBrowserTest shows that scrolling draws exactly these).
     */
    @SuppressWarnings("unchecked")
    public List<String> shownEventIds() {
        return (List<String>) page.evaluate("() => document.querySelector('atlas-event-list.event-list').eventIds");
    }

    /** The cards drawn now, in order. */
    public List<String> drawnCardIds() {
        return page.locator(".event-list .event-card").all().stream().map(card -> card.getAttribute("data-event-id")).toList();
    }

    public List<String> selectedEventIds() {
        return page.locator(".event-list .event-card[aria-selected='true']").all().stream()
                .map(card -> card.getAttribute("data-event-id")).toList();
    }

    /** An event's card, scrolled to as a reader would: the list draws cards as they come near. */
    public Locator card(String eventId) {
        Locator card = page.locator(".event-card[data-event-id='" + eventId + "']");
        for (int scroll = 0; card.count() == 0 && scroll < 40; scroll++) {
            Locator drawn = page.locator(".event-list .event-card");
            if (drawn.count() == 0) {
                break;
            }
            drawn.last().scrollIntoViewIfNeeded();
            page.waitForTimeout(50);
        }
        return card;
    }

    public AtlasPage clickCard(String eventId) {
        card(eventId).locator("h3").click();
        waitUntilReady();
        return this;
    }

    /** The features the map lists in its text alternative: what is drawn now. */
    public List<String> drawnFeatureIds() {
        return page.locator("atlas-map li[data-feature-id]").all().stream()
                .map(item -> item.getAttribute("data-feature-id")).toList();
    }

    /** The status the map gives a drawn feature for the selected years ("operating"…); null when not drawn. */
    public String drawnStatus(String featureId) {
        Locator item = page.locator("atlas-map li[data-feature-id='" + featureId + "']");
        return item.count() == 0 ? null : item.getAttribute("data-status");
    }

    /** Opens an event's "show both versions" and returns what the card then says. */
    public String openDisagreement(String eventId) {
        Locator details = card(eventId).locator("details.disagreement");
        details.locator("summary").click();
        details.locator(".sources-version").waitFor();
        return details.innerText();
    }

    /** Types into the search box and waits for the results. */
    public Locator search(String query) {
        page.locator(".search-box vaadin-text-field input").fill(query);
        page.locator(".search-result, .search-empty").first().waitFor();
        waitUntilReady();
        return page.locator(".search-result");
    }

    /** Picks a region by its name in the region picker. */
    public AtlasPage chooseRegion(String name) {
        inFilters(() -> {
            page.locator("vaadin-select.region-picker").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        });
        waitUntilReady();
        return this;
    }

    /** Clicks the map inside a region, where the map draws its outline. */
    public AtlasPage clickRegion(String regionId) {
        Object pixel = map().evaluate("(map, id) => map.regionPixel(id)", regionId);
        if (!(pixel instanceof List<?> xy)) {
            throw new AssertionError("region " + regionId + " is not drawn");
        }
        BoundingBox box = map().boundingBox();
        page.mouse().click(box.x + ((Number) xy.get(0)).doubleValue(), box.y + ((Number) xy.get(1)).doubleValue());
        waitUntilReady();
        return this;
    }

    public AtlasPage showOnlyDisagreements() {
        inFilters(() -> page.locator("vaadin-checkbox.only-disagreements").click());
        waitUntilReady();
        return this;
    }

    /** Where the map draws a feature, in page coordinates; the map computes it from its own view. */
    public double[] featureOnPage(String featureId) {
        Object pixel = map().evaluate("(map, id) => map.featurePixel(id)", featureId);
        if (!(pixel instanceof List<?> xy)) {
            throw new AssertionError("feature " + featureId + " is not drawn");
        }
        BoundingBox box = map().boundingBox();
        return new double[] {box.x + ((Number) xy.get(0)).doubleValue(), box.y + ((Number) xy.get(1)).doubleValue()};
    }

    public AtlasPage clickFeature(String featureId) {
        double[] at = featureOnPage(featureId);
        page.mouse().move(at[0], at[1]);
        page.mouse().click(at[0], at[1]);
        waitUntilReady();
        return this;
    }

    public String hoverFeature(String featureId) {
        double[] at = featureOnPage(featureId);
        page.mouse().move(at[0] - 20, at[1] - 20);
        page.mouse().move(at[0], at[1]);
        Locator tooltip = page.locator(".atlas-map-tooltip");
        tooltip.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return tooltip.textContent();
    }

    /** The regions whose outlines the map draws now (data-outlined-regions). */
    public List<String> outlinedRegions() {
        String ids = map().getAttribute("data-outlined-regions");
        return ids == null || ids.isBlank() ? List.of() : List.of(ids.trim().split(" "));
    }

    /** Where the map looks: its centre, [lon, lat]. */
    public double[] centre() {
        List<?> centre = (List<?>) map().evaluate("map => map.viewState().center");
        return new double[] {((Number) centre.get(0)).doubleValue(), ((Number) centre.get(1)).doubleValue()};
    }

    public double zoom() {
        return ((Number) map().evaluate("map => map.viewState().zoom")).doubleValue();
    }

    public boolean isInsideMap(double[] point) {
        BoundingBox box = map().boundingBox();
        return point[0] > box.x && point[0] < box.x + box.width && point[1] > box.y && point[1] < box.y + box.height;
    }

    /**
     * The address bar once the view's history update has landed. Vaadin applies that update a moment
     * after the round trip ends, so wait until the address has stayed the same for a few samples.
     */
    public String url() {
        String last = null;
        int stableSamples = 0;
        for (int sample = 0; sample < 60 && stableSamples < 3; sample++) {
            page.waitForTimeout(50);
            String now = (String) page.evaluate("() => location.href");
            stableSamples = now.equals(last) ? stableSamples + 1 : 0;
            last = now;
        }
        return last;
    }

    /** The timeline's player: its play/pause button, speed and loop. */
    public Locator playButton() {
        openPanel("charts");
        return page.locator("atlas-timeline button.play");
    }

    public boolean isPlaying() {
        return "true".equals(page.locator("atlas-timeline").getAttribute("data-playing"));
    }

    /** Waits (up to a timeout) until the years shown are these, as the player moves them. */
    public AtlasPage waitForYears(String years, double timeoutMs) {
        page.waitForFunction("years => document.querySelector('atlas-year-range output')?.textContent.trim() === years",
                years, new Page.WaitForFunctionOptions().setTimeout(timeoutMs).setPollingInterval(50));
        waitUntilReady();
        return this;
    }

    /**
     * From now on, notes what the page shows each time the map reports it is ready: the years, the
     * features drawn with their status, the cards, and the year the trade chart marks. Read with
     * {@link #recordedSteps()}; a player's steps can then be checked one by one, however fast it runs.
     */
    public void recordSteps() {
        page.evaluate("() => { window.atlasSteps = [];"
                + " const map = document.querySelector('atlas-map');"
                + " new MutationObserver(() => { if (map.getAttribute('data-ready') !== 'true') return;"
                + "   window.atlasSteps.push({"
                + "     years: document.querySelector('atlas-year-range output').textContent.trim(),"
                + "     features: Object.fromEntries([...map.querySelectorAll('li[data-feature-id]')]"
                + "       .map(li => [li.dataset.featureId, li.dataset.status])),"
                + "     events: document.querySelector('atlas-event-list.event-list').eventIds,"
                + "     tradeYear: document.querySelector('atlas-trade-chart').dataset.current ?? null,"
                + "     baseYear: map.getAttribute('data-base-year'), baseStates: map.getAttribute('data-base-states') });"
                + " }).observe(map, { attributes: true, attributeFilter: ['data-ready'] }); }");
    }

    /** What {@link #recordSteps()} noted, in order. */
    @SuppressWarnings("unchecked")
    public List<java.util.Map<String, Object>> recordedSteps() {
        return (List<java.util.Map<String, Object>>) page.evaluate("() => window.atlasSteps");
    }

    /** The year the trade chart marks as the one being played; null when none. */
    public String tradeChartCurrentYear() {
        return page.locator("atlas-trade-chart").getAttribute("data-current");
    }

    /** The years the map says it shows, from its accessible name ("…, 1950–1951"). */
    public String yearsOnMap() {
        String label = map().getAttribute("aria-label");
        return label.substring(label.lastIndexOf(' ') + 1);
    }

    public List<String> notices() {
        return page.locator(".notice").all().stream().map(Locator::textContent).toList();
    }
}
