package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The base map of the selected year: the USSR up to 1991, today's states after, in both languages. */
class BaseMapBrowserTest extends BrowserTestBase {

    private static final String USSR = "ussr-dissolved-1991";
    private static final String RUSSIA = "643";
    private static final String KAZAKHSTAN = "398";
    private static final String KYRGYZSTAN = "417";

    @SuppressWarnings("unchecked")
    private static List<String> baseFeatureIds(Locator map) {
        return (List<String>) map.evaluate("m => m.baseFeatureIds()");
    }

    @ParameterizedTest
    @CsvSource({"en, USSR", "ar, الاتحاد السوفيتي"})
    void in1969TheMapDrawsOneUssrLabelledInTheMapsLanguageAndNoKazakhstan(String lang, String ussr) {
        atlas.open("lang=" + lang + "&from=1969&to=1969");
        Locator map = atlas.map();
        assertThat(map.getAttribute("data-base-year")).isEqualTo("1969");
        assertThat(map.getAttribute("data-base-states")).isEqualTo(ussr);
        assertThat(baseFeatureIds(map)).contains(USSR).doesNotContain(RUSSIA, KAZAKHSTAN, KYRGYZSTAN);
        Screens.save(atlas.page(), "base-1969-" + lang);
    }

    @ParameterizedTest
    @CsvSource({"en", "ar"})
    void in2008RussiaAndKazakhstanAreSeparateStates(String lang) {
        atlas.open("lang=" + lang + "&from=2008&to=2008");
        Locator map = atlas.map();
        assertThat(map.getAttribute("data-base-year")).isEqualTo("2008");
        assertThat(map.getAttribute("data-base-states")).isEmpty();
        assertThat(baseFeatureIds(map)).contains(RUSSIA, KAZAKHSTAN, KYRGYZSTAN).doesNotContain(USSR);
        Screens.save(atlas.page(), "base-2008-" + lang);
    }

    @ParameterizedTest
    @CsvSource({"en", "ar"})
    void theBaseFollowsTheLastYearOfTheRange(String lang) {
        atlas.open("lang=" + lang + "&from=1985&to=1991");
        assertThat(baseFeatureIds(atlas.map())).contains(USSR).doesNotContain(KAZAKHSTAN);
        atlas.setYears(1985, 1992);
        atlas.page().waitForSelector("atlas-map[data-base-year='1992'][data-ready='true']");
        assertThat(baseFeatureIds(atlas.map())).contains(RUSSIA, KAZAKHSTAN).doesNotContain(USSR);
    }

    @ParameterizedTest
    @CsvSource({"en", "ar"})
    void theComparisonOf1969And2008ShowsTheUssrThenAndItsSuccessorsNow(String lang) {
        atlas.page().navigate("http://localhost:" + port + "/compare?years=1969,2008&lang=" + lang);
        atlas.page().waitForFunction("() => document.querySelectorAll('atlas-map[data-ready=\"true\"]').length === 2");
        Locator maps = atlas.page().locator("atlas-map");
        assertThat(baseFeatureIds(maps.nth(0))).contains(USSR).doesNotContain(KAZAKHSTAN);
        assertThat(baseFeatureIds(maps.nth(1))).contains(RUSSIA, KAZAKHSTAN).doesNotContain(USSR);
        assertThat(maps.nth(0).getAttribute("data-base-states")).isNotEmpty();
        assertThat(maps.nth(1).getAttribute("data-base-states")).isEmpty();
        Screens.save(atlas.page(), "base-compare-" + lang);
    }

    @ParameterizedTest
    @CsvSource({"en, 1991: Soviet Union dissolved", "ar, ١٩٩١: حلّ الاتحاد السوفيتي"})
    void theTimelineMarksTheDissolutionAt1991WithItsTitleInThePagesLanguage(String lang, String title) {
        atlas.open("lang=" + lang);
        Locator mark = atlas.page().locator("atlas-timeline g.base-change[data-year='1991']");
        assertThat(mark.count()).isOne();
        assertThat(mark.locator("title").textContent()).startsWith(title);
        assertThat(atlas.page().locator("atlas-timeline .timeline-marks li").textContent()).startsWith(title);
        // Mirrored in Arabic: 1991 lies right of the middle in English (46 of 81 years), left of it in Arabic.
        var track = atlas.page().locator("atlas-timeline svg").boundingBox();
        var tick = mark.locator("line").boundingBox();
        double fromLeft = (tick.x - track.x) / track.width;
        assertThat(fromLeft).isBetween(lang.equals("ar") ? 0.40 : 0.55, lang.equals("ar") ? 0.45 : 0.60);
    }
}
