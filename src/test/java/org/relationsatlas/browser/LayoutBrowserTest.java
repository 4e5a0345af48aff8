package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The map first: on a projector or a laptop it takes most of the window beside the events, on a phone
 * it fills the first screen with the years; it opens on the border zone; region outlines appear only
 * when they matter; the panels that hold the other controls open and close by keyboard.
 */
class LayoutBrowserTest extends BrowserTestBase {

    /** The border zone the first frame shows (frontend/map-camera.ts INITIAL_EXTENT), lon/lat. */
    private static final double WEST = 79, SOUTH = 40, EAST = 138, NORTH = 56;
    /** The zoom at which the old first frame, China, Russia and their neighbours (28–182°E), fit 1366 px. */
    private static final double CONTINENTAL_ZOOM = 3.2;

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en, 1366, 768", "ar, 1366, 768", "en, 1920, 1080", "ar, 1920, 1080"})
    void onAProjectorTheMapTakesMostOfTheWindowBesideTheEvents(String lang, int width, int height) {
        atlas.page().setViewportSize(width, height);
        atlas.open("lang=" + lang);
        BoundingBox map = atlas.map().boundingBox();
        BoundingBox events = atlas.page().locator(".event-panel").boundingBox();
        assertThat(map.width * map.height / (width * height)).as("share of the window the map takes")
                .isGreaterThanOrEqualTo(0.55);
        assertThat(events.width).isGreaterThan(250);
        boolean beside = lang.equals("ar") ? events.x + events.width <= map.x + 1 : events.x >= map.x + map.width - 1;
        assertThat(beside).as("the event panel beside the map").isTrue();
        assertThat(atlas.page().locator("atlas-year-range").isVisible()).as("the years always in view").isTrue();
        assertThat(atlas.page().locator(".map-toolbar").boundingBox().height).as("the toolbar one row high").isLessThan(56);
        assertThat(atlas.page().locator(".event-card").first().isVisible()).isTrue();
        Screens.save(atlas.page(), "layout-" + lang + "-" + width + "x" + height);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "ar"})
    void onAPhoneTheMapAndTheYearsFillTheFirstScreenAndTheEventsFollow(String lang) {
        onPhone(onPhone -> {
            onPhone.open("lang=" + lang);
            Screens.save(onPhone.page(), "layout-" + lang + "-390x844");
            BoundingBox map = onPhone.map().boundingBox();
            BoundingBox years = onPhone.page().locator("atlas-year-range").boundingBox();
            BoundingBox events = onPhone.page().locator(".event-panel").boundingBox();
            assertThat(map.y + map.height).as("the map's bottom within the first screen").isLessThanOrEqualTo(844);
            assertThat(map.height).as("the map fills most of the first screen").isGreaterThan(844 * 0.55);
            assertThat(years.y + years.height).as("the years within the first screen").isLessThanOrEqualTo(844);
            assertThat(events.y).as("the events below the map").isGreaterThanOrEqualTo(map.y + map.height - 1);
            Object scrollWidth = onPhone.page().evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).as("no horizontal scrolling").isLessThanOrEqualTo(390);
        });
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en, 1366, 768", "ar, 1920, 1080", "en, 390, 844"})
    void theMapOpensOnTheBorderZoneNotTheContinent(String lang, int width, int height) {
        atlas.page().setViewportSize(width, height);
        atlas.open("lang=" + lang);
        double[] centre = atlas.centre();
        assertThat(centre[0]).isBetween(WEST, EAST);
        assertThat(centre[1]).isBetween(SOUTH, NORTH);
        if (width > 1000) {
            assertThat(atlas.zoom()).isGreaterThan(CONTINENTAL_ZOOM + 0.5);
        }
        // The Amur/Ussuri islands and the western sector are both inside the map.
        assertThat(atlas.isInsideMap(atlas.featureOnPage("bolshoy-ussuriysky-island"))).isTrue();
        assertThat(atlas.isInsideMap(atlas.featureOnPage("border-western-1994"))).isTrue();
    }

    @Test
    void aDeepLinkToARegionStillWinsOverTheFirstFrame() {
        atlas.page().setViewportSize(1366, 768);
        atlas.open("");
        double borderZone = atlas.zoom();
        atlas.open("region=amur-ussuri");
        assertThat(atlas.zoom()).isGreaterThan(borderZone + 0.5);
    }

    @Test
    void regionOutlinesAreDrawnOnlyWhilePickingOnHoverOrForTheChosenRegion() {
        atlas.open("layers=");
        assertThat(atlas.outlinedRegions()).as("no outlines at first").isEmpty();

        atlas.openPanel("filters");
        atlas.page().locator("vaadin-select.region-picker vaadin-select-value-button").focus();
        waitForOutlines("ids => ids.split(' ').length > 1");
        assertThat(atlas.outlinedRegions()).contains("amur-ussuri", "xinjiang-central-asia");
        atlas.page().locator("vaadin-select.region-picker vaadin-select-value-button").blur();
        waitForOutlines("ids => ids === ''");
        atlas.closePanel("filters");

        Object pixel = atlas.map().evaluate("map => map.regionPixel('xinjiang-central-asia')");
        BoundingBox box = atlas.map().boundingBox();
        java.util.List<?> xy = (java.util.List<?>) pixel;
        double x = box.x + ((Number) xy.get(0)).doubleValue();
        double y = box.y + ((Number) xy.get(1)).doubleValue();
        atlas.page().mouse().move(x - 10, y - 10);
        atlas.page().mouse().move(x, y, new Mouse.MoveOptions().setSteps(3));
        waitForOutlines("ids => ids === 'xinjiang-central-asia'");
        assertThat(atlas.outlinedRegions()).doesNotContain("amur-ussuri");

        atlas.clickRegion("xinjiang-central-asia");
        atlas.page().mouse().move(box.x + 2, box.y + box.height - 2);
        waitForOutlines("ids => ids === 'xinjiang-central-asia'");
        assertThat(atlas.outlinedRegions()).containsExactly("xinjiang-central-asia");
        Screens.save(atlas.page(), "region-chosen-outline");
    }

    /** Waits until the map's data-outlined-regions passes this test (a JavaScript function of the ids). */
    private void waitForOutlines(String test) {
        atlas.page().waitForFunction("test => new Function('return ' + test)()("
                + "document.querySelector('atlas-map').getAttribute('data-outlined-regions') ?? '')", test,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
    }

    @Test
    void thePanelsOpenAndCloseByKeyboard() {
        atlas.page().setViewportSize(1366, 768);
        atlas.open("");
        assertThat(atlas.isPanelOpen("filters")).as("closed at first on a low window").isFalse();
        assertThat(atlas.isPanelOpen("charts")).isFalse();
        assertThat(atlas.page().locator(".layer-toggles").isVisible()).isFalse();

        atlas.panelToggle("filters").focus();
        atlas.page().keyboard().press("Enter");
        assertThat(atlas.isPanelOpen("filters")).isTrue();
        assertThat(atlas.page().locator(".layer-toggles").isVisible()).isTrue();
        atlas.page().keyboard().press("Tab");
        atlas.page().keyboard().press("Escape");
        assertThat(atlas.isPanelOpen("filters")).as("Escape in the panel closes it").isFalse();
        assertThat((Boolean) atlas.page().evaluate("() => document.activeElement.matches(\"atlas-disclosure[data-panel='filters'] > button\")"))
                .as("the focus back on its button").isTrue();

        atlas.panelToggle("actions").focus();
        atlas.page().keyboard().press("Space");
        assertThat(atlas.page().locator("vaadin-button.export-png").isVisible()).isTrue();
        atlas.page().keyboard().press("Space");
        assertThat(atlas.page().locator("vaadin-button.export-png").isVisible()).isFalse();

        atlas.panelToggle("charts").focus();
        atlas.page().keyboard().press("Enter");
        assertThat(atlas.page().locator("atlas-timeline button.play").isVisible()).isTrue();
        assertThat(atlas.page().locator("atlas-trade-chart").isVisible()).isTrue();
        Screens.save(atlas.page(), "layout-en-1366x768-panels-open");
    }

    @Test
    void onATallScreenThePanelsStartOpen() {
        atlas.page().setViewportSize(1920, 1080);
        atlas.open("");
        assertThat(atlas.isPanelOpen("filters")).isTrue();
        assertThat(atlas.isPanelOpen("charts")).isTrue();
        assertThat(atlas.page().locator(".layer-toggles").isVisible()).isTrue();
    }
}
