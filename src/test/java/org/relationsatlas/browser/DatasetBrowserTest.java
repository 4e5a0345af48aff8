package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

/** The dataset as a user meets it: dates with their kinds, sources, disagreements, status over time. */
class DatasetBrowserTest extends BrowserTestBase {

    @Test
    void theTreatyOf1950ShowsItsDatesAndSourcesWhichOpenInANewTab() {
        atlas.open("from=1949&to=1951");
        Locator treaty = atlas.card("treaty-1950");
        assertThat(treaty.locator("time").textContent()).startsWith("signed 14 Feb 1950");
        Locator links = treaty.locator(".event-sources a");
        assertThat(links.count()).isGreaterThanOrEqualTo(1);
        for (Locator link : links.all()) {
            assertThat(link.getAttribute("href")).startsWith("http");
            assertThat(link.getAttribute("target")).isEqualTo("_blank");
        }
    }

    @Test
    void citedTitlesInAnotherLanguageThanThePageCarryTheirLang() {
        atlas.open("lang=ar&from=1950&to=1950");
        Locator english = atlas.card("treaty-1950").locator(".event-sources a").first();
        assertThat(english.getAttribute("lang")).isEqualTo("en");
        assertThat(english.getAttribute("dir")).isEqualTo("ltr");
        atlas.open("lang=en&from=2014&to=2014");
        Locator arabic = atlas.card("crimea-annexation-2014").locator(".event-sources a[lang='ar']");
        assertThat(arabic.count()).isEqualTo(1);
        assertThat(arabic.getAttribute("dir")).isEqualTo("rtl");
        assertThat(atlas.card("treaty-1950").count()).isZero();
    }

    @Test
    void theWarStartDisagreementIsMarkedAndShowsBothDates() {
        atlas.open("from=2022&to=2022");
        Locator card = atlas.card("ukraine-invasion-2022");
        assertThat(card.locator(".disagreement-mark").isVisible()).isTrue();
        String both = atlas.openDisagreement("ukraine-invasion-2022");
        assertThat(both).contains("4 / شباط / عام 2022").contains("24 February 2022");
        Screens.save(atlas.page(), "disagreement-open");
    }

    /** Issue 14: two public sources' dates for the 1949 relations are shown like a seed's disagreement. */
    @Test
    void theTwoDatesOfThe1949RelationsAreADisagreementBetweenSourcesInArabicToo() {
        atlas.open("lang=ar&from=1949&to=1949");
        Locator card = atlas.card("prc-recognition-1949");
        assertThat(card.locator(".disagreement-mark").isVisible()).isTrue();
        String both = atlas.openDisagreement("prc-recognition-1949");
        assertThat(both).contains("تقول مصادر أخرى:").contains("٣ أكتوبر ١٩٤٩").contains("٢ أكتوبر ١٩٤٩");
        Screens.save(atlas.page(), "disagreement-between-sources-1949-ar");
    }

    @Test
    void onlyEventsWhereSourcesDisagreeCanBeShown() {
        atlas.open("");
        int all = atlas.shownEventIds().size();
        atlas.showOnlyDisagreements();
        assertThat(atlas.shownEventIds()).hasSizeBetween(8, all - 1)
                .contains("ukraine-invasion-2022", "treaty-1950-notice-1979");
        assertThat(atlas.page().locator(".event-card:not(.has-disagreement)").count()).isZero();
        assertThat(atlas.url()).contains("disagreements=only");
    }

    @Test
    void powerOfSiberiaIsAbsentIn2005UnderConstructionIn2016AndOperatingIn2020() {
        atlas.open("from=2005&to=2005&layers=pipelines");
        assertThat(atlas.drawnStatus("power-of-siberia")).isNull();
        atlas.setYears(2016, 2016);
        assertThat(atlas.drawnStatus("power-of-siberia")).isEqualTo("under-construction");
        assertThat(atlas.hoverFeature("power-of-siberia")).contains("under construction");
        atlas.setYears(2020, 2020);
        assertThat(atlas.drawnStatus("power-of-siberia")).isEqualTo("operating");
    }

    @Test
    void zhenbaoIsDisputedIn1969AndSettledAfter1991() {
        atlas.open("from=1969&to=1969&layers=borders");
        assertThat(atlas.drawnStatus("zhenbao-island")).isEqualTo("disputed");
        atlas.setYears(1995, 1995);
        assertThat(atlas.drawnStatus("zhenbao-island")).isIn("agreed", "demarcated", "handed-over");
    }

    @Test
    void theArabicCardShowsArabicDateKindsInArabicDigitsAndTheYearsToo() {
        atlas.open("lang=ar&from=1950&to=1950");
        assertThat(atlas.card("treaty-1950").locator("time").textContent()).startsWith("وُقّع ١٤ فبراير ١٩٥٠");
        assertThat(atlas.yearsShown()).isEqualTo("١٩٥٠ – ١٩٥٠");
        assertThat(atlas.page().locator(".event-count").textContent()).contains("١٩٥٠").doesNotContainPattern("[0-9]");
        assertThat(atlas.page().locator("atlas-timeline text.axis").first().textContent()).isEqualTo("١٩٥٠");
        assertThat(atlas.page().locator("atlas-trade-chart text.axis").first().textContent()).isEqualTo("١٩٩٥");
        assertThat(atlas.page().locator("atlas-map .ol-scale-line-inner").textContent()).matches("[٠-٩]+ كم");
        // The same card in English keeps Western digits.
        atlas.open("lang=en&from=1950&to=1950");
        assertThat(atlas.card("treaty-1950").locator("time").textContent()).startsWith("signed 14 Feb 1950");
    }
}
