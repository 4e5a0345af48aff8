package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exploring by region: the picker and the outlines on the map, with the years and layers. */
class RegionBrowserTest extends BrowserTestBase {

    @Test
    void choosingARegionFitsTheMapAndListsItsEvents() {
        atlas.open("");
        double zoomBefore = atlas.zoom();
        atlas.chooseRegion("Amur–Ussuri");
        assertThat(atlas.url()).contains("region=amur-ussuri");
        assertThat(atlas.shownEventIds()).contains("zhenbao-clash-1969", "islands-handover-2008")
                .doesNotContain("tielieketi-clash-1969", "treaty-1950");
        assertThat(atlas.zoom()).isGreaterThan(zoomBefore + 0.5);
        Screens.save(atlas.page(), "region-amur-ussuri");
    }

    @Test
    void aRegionCombinesWithTheYearsAndSurvivesAReload() {
        atlas.open("region=amur-ussuri&from=1969&to=1969");
        assertThat(atlas.shownEventIds()).containsExactly("zhenbao-clash-1969");
        atlas.page().reload();
        atlas.waitUntilReady();
        assertThat(atlas.shownEventIds()).containsExactly("zhenbao-clash-1969");
    }

    @Test
    void clickingARegionOnTheMapChoosesIt() {
        atlas.open("layers=");
        atlas.clickRegion("xinjiang-central-asia");
        assertThat(atlas.url()).contains("region=xinjiang-central-asia");
        assertThat(atlas.shownEventIds()).contains("sco-founded-2001").doesNotContain("treaty-1950", "zhenbao-clash-1969");
    }
}
