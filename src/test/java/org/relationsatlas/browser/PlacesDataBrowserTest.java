package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The places and exercise areas of the shipped data on the map: drawn, and selected with their events. */
class PlacesDataBrowserTest extends BrowserTestBase {

    @Test
    void theWholePeriodDrawsTheSummitCitiesAndTheExerciseAreas() {
        atlas.open("from=1945&to=2025");
        assertThat(atlas.drawnFeatureIds()).contains("moscow", "beijing", "vladivostok", "shanghai", "kazan", "samarkand",
                "tianjin", "astana", "peace-mission-2014", "joint-sea-2017", "first-joint-naval-patrol-2021");
        Screens.save(atlas.page(), "places-data-1945-2025");
    }

    @Test
    void choosingTheKazanSummitSelectsKazanAndAnExerciseCardItsArea() {
        atlas.open("from=2024&to=2024").clickCard("brics-kazan-summit-2024");
        assertThat(atlas.selectedEventIds()).containsExactly("brics-kazan-summit-2024");
        Screens.save(atlas.page(), "places-data-kazan-2024");
        atlas.open("from=2014&to=2014").clickCard("peace-mission-2014");
        Screens.save(atlas.page(), "places-data-peace-mission-2014");
    }

    @Test
    void choosingAWarSelectsItAndDrawsItsRoughAreaAsAClash() {
        atlas.open("from=1945&to=1945&layers=borders").clickCard("soviet-invasion-manchuria-1945");
        assertThat(atlas.selectedEventIds()).containsExactly("soviet-invasion-manchuria-1945");
        assertThat(atlas.drawnStatus("soviet-manchuria-offensive-1945")).isEqualTo("clash");
        assertThat(atlas.isInsideMap(atlas.featureOnPage("soviet-manchuria-offensive-1945"))).isTrue();
        Screens.save(atlas.page(), "places-data-manchuria-1945");
        atlas.open("from=2022&to=2022&layers=borders").clickCard("ukraine-invasion-2022");
        assertThat(atlas.selectedEventIds()).containsExactly("ukraine-invasion-2022");
        assertThat(atlas.drawnStatus("russian-invasion-ukraine-2022")).isEqualTo("clash");
        assertThat(atlas.isInsideMap(atlas.featureOnPage("russian-invasion-ukraine-2022"))).isTrue();
        Screens.save(atlas.page(), "places-data-ukraine-2022");
    }
}
