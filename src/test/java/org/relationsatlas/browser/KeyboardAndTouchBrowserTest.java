package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Clip;

import org.junit.jupiter.api.Test;

/** Every control reached with Tab, each showing where the focus is; on a phone, every control big enough to tap. */
class KeyboardAndTouchBrowserTest extends BrowserTestBase {

    /** Names the focused control by what it is, and gives the box its focus ring is drawn round. */
    private static final String FOCUSED = """
            () => {
              const el = document.activeElement;
              const kinds = [
                ['language switch', '.language-switch'], ['lessons link', '.lessons-link'], ['panel button', 'atlas-disclosure > button'],
                ['map action', '.view-actions vaadin-button'], ['year from', 'atlas-year-range input.from'],
                ['year to', 'atlas-year-range input.to'], ['region picker', 'vaadin-select.region-picker'],
                ['layer toggle', '.layer-toggles vaadin-checkbox'], ['disagreements only', 'vaadin-checkbox.only-disagreements'],
                ['map zoom', '.ol-zoom button'], ['map', 'atlas-map'], ['play', 'atlas-timeline button.play'],
                ['speed', 'atlas-timeline select'], ['loop', 'atlas-timeline .loop'], ['timeline', 'atlas-timeline .timeline-track'],
                ['search', 'vaadin-text-field'], ['both versions', 'details.disagreement > summary'], ['source link', '.event-sources a'],
                ['event card', '.event-card']];
              for (const [kind, selector] of kinds) {
                const host = el.closest(selector);
                if (host) {
                  const box = host.getBoundingClientRect();
                  return { kind, x: box.x, y: box.y, width: box.width, height: box.height };
                }
              }
              const box = el.getBoundingClientRect();
              return { kind: el.tagName.toLowerCase() + '.' + el.className, x: box.x, y: box.y, width: box.width, height: box.height };
            }""";

    @Test
    void tabReachesEveryControlAndEachShowsItsFocus() {
        atlas.open("from=2022&to=2022");
        Set<String> reached = new LinkedHashSet<>();
        Set<String> invisible = new LinkedHashSet<>();
        for (int press = 0; press < 60 && !reached.contains("source link"); press++) {
            atlas.page().keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> focused = (Map<String, Object>) atlas.page().evaluate(FOCUSED);
            String kind = (String) focused.get("kind");
            // A closed panel's button: open it with Enter, as a keyboard user would, to reach its controls.
            String closedPanel = (String) atlas.page().evaluate("() => document.activeElement.matches("
                    + "'atlas-disclosure > button[aria-expanded=false]') ? document.activeElement.parentElement.dataset.panel : null");
            if (reached.add(kind) && !showsFocus(focused)) {
                invisible.add(kind);
            }
            if (closedPanel != null) {
                atlas.panelToggle(closedPanel).press("Enter");
            }
        }
        assertThat(reached).contains("language switch", "lessons link", "panel button", "map action", "year from", "year to", "region picker", "layer toggle",
                "disagreements only", "map", "map zoom", "play", "speed", "loop", "timeline", "search", "event card",
                "both versions", "source link");
        assertThat(invisible).as("controls whose focus cannot be seen").isEmpty();
    }

    @Test
    void aCardIsChosenWithEnterAndTheRegionPickerWorksByKeyboard() {
        atlas.open("from=1969&to=1969");
        atlas.card("zhenbao-clash-1969").focus();
        atlas.page().keyboard().press("Enter");
        atlas.waitUntilReady();
        assertThat(atlas.selectedEventIds()).containsExactly("zhenbao-clash-1969");

        atlas.panelToggle("filters").press("Enter");
        atlas.page().locator("vaadin-select.region-picker vaadin-select-value-button").focus();
        atlas.page().keyboard().press("ArrowDown");
        atlas.page().waitForSelector("vaadin-select.region-picker[opened] >> nth=0");
        atlas.page().waitForFunction("() => document.activeElement && document.activeElement.localName === 'vaadin-select-item'");
        atlas.page().keyboard().press("ArrowDown");
        atlas.page().keyboard().press("Enter");
        atlas.waitUntilReady();
        assertThat(atlas.url()).contains("region=amur-ussuri");
        assertThat(atlas.shownEventIds()).contains("zhenbao-clash-1969");
    }

    /** The control looks different focused than not: a screenshot round it, then again after blur. */
    private boolean showsFocus(Map<String, Object> box) {
        double margin = 8;
        double x = Math.max(0, ((Number) box.get("x")).doubleValue() - margin);
        double y = Math.max(0, ((Number) box.get("y")).doubleValue() - margin);
        double width = ((Number) box.get("width")).doubleValue() + 2 * margin;
        double height = ((Number) box.get("height")).doubleValue() + 2 * margin;
        if (width <= 2 * margin || height <= 2 * margin) {
            return false;
        }
        Clip clip = new Clip(x, y, Math.min(width, 1400 - x), Math.min(height, 900 - y));
        byte[] focused = atlas.page().screenshot(new Page.ScreenshotOptions().setClip(clip));
        atlas.page().evaluate("() => { let el = document.activeElement;"
                + " while (el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement; el.blur(); }");
        byte[] blurred = atlas.page().screenshot(new Page.ScreenshotOptions().setClip(clip));
        return !Arrays.equals(focused, blurred);
    }

    @Test
    void onAPhoneTheControlsAreBigEnoughToTapAndWorkByTouch() {
        onPhone(onPhone -> {
            onPhone.open("from=2019&to=2019");
            onPhone.openPanel("filters");
            List<String> targets = List.of(".language-switch", ".disclosure-toggle", "atlas-year-range input.from", "vaadin-select.region-picker",
                    ".layer-toggles vaadin-checkbox", "vaadin-checkbox.only-disagreements", "atlas-timeline button.play",
                    "atlas-timeline select", "atlas-timeline .loop", ".search-box vaadin-text-field", ".ol-zoom-in");
            for (String target : targets) {
                BoundingBox box = onPhone.page().locator(target).first().boundingBox();
                assertThat(Math.min(box.width, box.height)).as(target + " at least 24 px each way (WCAG 2.2 target size)")
                        .isGreaterThanOrEqualTo(24);
            }
            onPhone.page().locator(".layer-toggles vaadin-checkbox[data-layer='pipelines']").tap();
            onPhone.waitUntilReady();
            assertThat(onPhone.drawnFeatureIds()).doesNotContain("power-of-siberia");
            onPhone.page().locator(".event-card h3").first().tap();
            onPhone.waitUntilReady();
            assertThat(onPhone.selectedEventIds()).hasSize(1);
            onPhone.page().locator("atlas-timeline button.play").tap();
            onPhone.waitForYears("2020 – 2020", 5_000);
            onPhone.page().locator("atlas-timeline button.play").tap();
            onPhone.waitUntilReady();
            Screens.save(onPhone.page(), "phone-en");
        });
    }
}
