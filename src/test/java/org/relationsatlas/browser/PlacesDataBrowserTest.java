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
}
