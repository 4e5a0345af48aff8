package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/** Places of events on the map: a click selects their events, a chosen event shows its place. */
class PlacesBrowserTest extends BrowserTestBase {

    /** The highlight colour of selected features (frontend/atlas-map-styles.ts). */
    private static final int HIGHLIGHT = 0xffd43b;
    /** The places' colour on the map and in the legend (LAYER_COLOURS.places, --layer-places). */
    private static final int PLACE = 0x6741d9;

    /** Moves the map to a place without selecting anything, as the map does for a chosen event placed there. */
    private void showPlace(String placeId) {
        atlas.map().evaluate("(map, id) => map.fitToFeatures({featureIds: [id]})", placeId);
        // OpenLayers draws the moved view in the next animation frame.
        atlas.page().evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    @Test
    void clickingMoscowSelectsThe1950TreatyAndSaysWhatWasClicked() {
        atlas.open("from=1950&to=1950");
        showPlace("moscow");
        assertThat(atlas.drawnFeatureIds()).contains("moscow", "beijing");
        assertThat(atlas.isInsideMap(atlas.featureOnPage("moscow"))).isTrue();
        assertThat(Screens.pixelsOfColour(atlas.page(), atlas.featureOnPage("moscow"), 8, PLACE))
                .as("the Moscow marker in the places' colour").isGreaterThan(20);
        assertThat(atlas.hoverFeature("moscow")).isEqualTo("Moscow · place of events");

        atlas.clickFeature("moscow");

        assertThat(atlas.selectedEventIds()).contains("treaty-1950");
        assertThat(atlas.card("treaty-1950").getAttribute("aria-selected")).isEqualTo("true");
        assertThat(atlas.page().locator(".selection-summary").textContent())
                .isEqualTo("Moscow — events selected in the list below: " + atlas.selectedEventIds().size());
        assertThat(Screens.pixelsOfColour(atlas.page(), atlas.featureOnPage("moscow"), 18, HIGHLIGHT))
                .as("highlight round the clicked place").isGreaterThan(20);
        Screens.save(atlas.page(), "places-moscow-clicked");
    }

    @Test
    void choosingTheTreatyCardShowsAndHighlightsMoscow() {
        atlas.open("from=1950&to=1950");
        // The first view is the border zone: Moscow lies west of it.
        assertThat(atlas.isInsideMap(atlas.featureOnPage("moscow"))).isFalse();

        atlas.clickCard("treaty-1950");

        double[] moscow = atlas.featureOnPage("moscow");
        assertThat(atlas.isInsideMap(moscow)).isTrue();
        assertThat(Screens.pixelsOfColour(atlas.page(), moscow, 18, HIGHLIGHT))
                .as("highlight round Moscow, the place of signing").isGreaterThan(20);
        Screens.save(atlas.page(), "places-treaty-selected-en");
    }

    @Test
    void aPlaceOutOfViewIsPannedToKeepingTheZoomAndAPlaceInViewMovesNothing() {
        atlas.open("from=1950&to=1950");
        double zoom = atlas.zoom();

        showPlace("moscow");
        assertThat(atlas.zoom()).isEqualTo(zoom);
        assertThat(atlas.isInsideMap(atlas.featureOnPage("moscow"))).isTrue();

        double[] centre = atlas.centre();
        showPlace("moscow");
        assertThat(atlas.centre()).containsExactly(centre);
        assertThat(atlas.zoom()).isEqualTo(zoom);
    }

    /** The feature whose button in the map's list has the focus, or "" when none. */
    private String focusedFeature() {
        return (String) atlas.page().evaluate("() => document.activeElement?.closest('li[data-feature-id]')?.dataset.featureId ?? ''");
    }

    @Test
    void aPlaceIsChosenWithTheKeyboardFromTheMapsListOfFeatures() {
        atlas.open("from=1950&to=1950&layers=places");
        Locator first = atlas.map().locator("li[data-feature-id] button[tabindex='0']");
        assertThat(first.count()).as("one keyboard stop for the whole list").isOne();
        @SuppressWarnings("unchecked")
        List<String> listed = (List<String>) atlas.page().evaluate(
                "() => [...document.querySelectorAll('atlas-map li[data-feature-id]')].map(item => item.dataset.featureId)");
        assertThat(listed).as("the places of 1950 in the map's list").contains("moscow", "beijing");
        first.focus();
        assertThat(focusedFeature()).isEqualTo(listed.getFirst());
        assertThat(first.boundingBox().width).as("the list shows itself while it has the focus").isGreaterThan(60);
        double[] centre = atlas.centre();

        atlas.page().keyboard().press("ArrowDown");
        assertThat(focusedFeature()).isEqualTo(listed.get(1));
        atlas.page().keyboard().press("End");
        assertThat(focusedFeature()).isEqualTo(listed.getLast());
        atlas.page().keyboard().press("Home");
        assertThat(focusedFeature()).isEqualTo(listed.getFirst());
        for (int i = 0; i < listed.indexOf("moscow"); i++) {
            atlas.page().keyboard().press("ArrowDown");
        }
        assertThat(focusedFeature()).isEqualTo("moscow");
        assertThat(atlas.centre()).as("the arrows move in the list, not the map").containsExactly(centre);
        Screens.save(atlas.page(), "places-keyboard-list");

        atlas.page().keyboard().press("Enter");
        atlas.waitUntilReady();
        assertThat(atlas.selectedEventIds()).contains("treaty-1950");
        assertThat(atlas.page().locator(".selection-summary").textContent()).startsWith("Moscow — ");
    }

    @Test
    void aCardOfAnEventWithNoPlaceSaysSoInEnglishAndArabic() {
        atlas.open("from=2024&to=2024");
        assertThat(atlas.card("trade-record-2024").locator(".no-place").textContent())
                .isEqualTo("This event has no single place on the map.");
        assertThat(atlas.card("treaty-1950").count()).isZero();

        atlas.open("lang=ar&from=2024&to=2024");
        assertThat(atlas.card("trade-record-2024").locator(".no-place").textContent())
                .isEqualTo("لا يُحدَّد لهذا الحدث مكان واحد على الخريطة.");
        atlas.card("trade-record-2024").scrollIntoViewIfNeeded();
        Screens.save(atlas.page(), "places-no-place-card-ar");
    }

    @Test
    void thePlacesToggleHidesTheMarkersButNotTheEvents() {
        atlas.open("from=1950&to=1950");
        showPlace("moscow");
        assertThat(atlas.isLayerOn("places")).isTrue();
        assertThat(atlas.page().locator("vaadin-checkbox[data-layer='places']").textContent()).contains("Places of events");
        double[] moscow = atlas.featureOnPage("moscow");

        atlas.toggleLayer("places");

        assertThat(atlas.isLayerOn("places")).isFalse();
        assertThat(atlas.drawnFeatureIds()).doesNotContain("moscow", "beijing");
        assertThat(Screens.pixelsOfColour(atlas.page(), moscow, 8, PLACE)).as("no Moscow marker").isZero();
        assertThat(atlas.shownEventIds()).contains("treaty-1950");
        assertThat(atlas.url()).contains("layers=borders%2Cpipelines%2Crailways%2Cexercises");
    }

    @Test
    void theMapWithItsPlacesInArabicAndOnANarrowWindow() {
        atlas.open("lang=ar&from=1950&to=1950&event=treaty-1950");
        Screens.save(atlas.page(), "places-treaty-selected-ar");
        atlas.openPanel("filters");
        assertThat(atlas.page().locator("vaadin-checkbox[data-layer='places']").textContent()).contains("أماكن الأحداث");
        Screens.save(atlas.page(), "places-legend-ar");
        atlas.closePanel("filters");
        assertThat(atlas.isInsideMap(atlas.featureOnPage("moscow"))).isTrue();
        assertThat(atlas.hoverFeature("moscow")).isEqualTo("موسكو · مكان أحداث");
        Screens.save(atlas.page(), "places-treaty-selected-ar");

        atlas.open("from=1945&to=2025");
        Screens.save(atlas.page(), "places-en-all-years");

        onPhone(phone -> {
            phone.open("from=1950&to=1950&event=treaty-1950");
            Screens.save(phone.page(), "places-phone-card");
            phone.map().scrollIntoViewIfNeeded();
            Screens.save(phone.page(), "places-phone");
            assertThat(phone.isInsideMap(phone.featureOnPage("moscow"))).isTrue();
            Screens.save(phone.page(), "places-phone");
        });
    }
}
