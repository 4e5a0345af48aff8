package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;



import org.junit.jupiter.api.Test;

/** The atlas in a real Chromium, used the way a teacher or student would. */
class AtlasBrowserTest extends BrowserTestBase {

    /** The highlight colour of selected features (frontend/atlas-map-styles.ts). */
    private static final int HIGHLIGHT = 0xffd43b;

    @Test
    void theAtlasOpensWithMapLayersAndEvents() {
        atlas.open("");
        assertThat(atlas.shownEventIds()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(atlas.drawnFeatureIds()).contains("border-eastern-1991", "power-of-siberia",
                "chinese-changchun-railway", "vostok-2018");
        assertThat(atlas.page().locator(".event-count").textContent()).matches("\\d+ of \\d+ events, 1945–2026");
        assertThat(atlas.page().locator("html").getAttribute("lang")).isEqualTo("en");
        // Production mode with free components only: no dev tools, no license screen or banner.
        assertThat(atlas.page().locator("vaadin-dev-tools").count()).isZero();
        assertThat(atlas.page().locator("body").innerText()).doesNotContainIgnoringCase("license")
                .doesNotContainIgnoringCase("subscription");
        Screens.save(atlas.page(), "atlas-en");
    }

    @Test
    void filtering1949To1951ShowsTheTreatyAndHidesPowerOfSiberia() {
        atlas.open("");
        atlas.setYears(1949, 1951);
        assertThat(atlas.yearsShown()).isEqualTo("1949 – 1951");
        assertThat(atlas.shownEventIds()).contains("treaty-1950").doesNotContain("power-of-siberia-first-gas-2019");
        assertThat(atlas.card("treaty-1950").textContent()).contains("14 Feb 1950");
        assertThat(atlas.drawnFeatureIds()).contains("chinese-changchun-railway").doesNotContain("power-of-siberia");
        assertThat(atlas.url()).contains("from=1949").contains("to=1951");
    }

    @Test
    void draggingTheStartHandleWithTheMouseFiltersMapAndPanel() {
        atlas.open("");
        assertThat(atlas.shownEventIds()).contains("treaty-1945");
        atlas.dragHandle("from", 0.5);
        String[] years = atlas.yearsShown().split(" – ");
        int from = Integer.parseInt(years[0]);
        assertThat(from).isBetween(1975, 1995);
        assertThat(years[1]).isEqualTo("2026");
        assertThat(atlas.shownEventIds()).doesNotContain("treaty-1945", "treaty-1950").contains("power-of-siberia-first-gas-2019");
        assertThat(atlas.drawnFeatureIds()).doesNotContain("tielieketi-clash-site").contains("power-of-siberia");
        assertThat(atlas.url()).contains("from=" + from);
    }

    @Test
    void brushingTheTimelineChoosesYearsAndArrowKeysMoveThem() {
        atlas.open("");
        var bars = atlas.page().locator("atlas-timeline rect.count");
        assertThat(bars.count()).isEqualTo(82);
        assertThat(bars.all().stream().mapToInt(bar -> Integer.parseInt(bar.getAttribute("data-count"))).sum())
                .isEqualTo(atlas.shownEventIds().size());
        atlas.brushTimeline(0.26, 0.38);
        String[] years = atlas.yearsShown().split(" – ");
        int from = Integer.parseInt(years[0]);
        int to = Integer.parseInt(years[1]);
        assertThat(from).isBetween(1964, 1968);
        assertThat(to).isBetween(1973, 1977);
        assertThat(atlas.shownEventIds()).contains("zhenbao-clash-1969").doesNotContain("treaty-1950");
        atlas.page().locator("atlas-timeline .timeline-track").focus();
        atlas.page().keyboard().press("ArrowRight");
        atlas.waitUntilReady();
        assertThat(atlas.yearsShown()).isEqualTo((from + 1) + " – " + (to + 1));
        assertThat(atlas.url()).contains("from=" + (from + 1), "to=" + (to + 1));
    }

    @Test
    void aKeyboardStepOnAHandleMovesTheRange() {
        atlas.open("from=2019&to=2019");
        assertThat(atlas.shownEventIds()).contains("power-of-siberia-first-gas-2019");
        atlas.pressOnHandle("from", "ArrowLeft");
        assertThat(atlas.yearsShown()).isEqualTo("2018 – 2019");
        assertThat(atlas.shownEventIds()).contains("vostok-2018", "power-of-siberia-first-gas-2019");
    }

    @Test
    void togglingALayerHidesItsFeaturesAndEvents() {
        atlas.open("from=2019&to=2020");
        assertThat(atlas.drawnFeatureIds()).contains("power-of-siberia", "espo-skovorodino-daqing");
        atlas.toggleLayer("pipelines");
        assertThat(atlas.isLayerOn("pipelines")).isFalse();
        assertThat(atlas.drawnFeatureIds()).doesNotContain("power-of-siberia", "espo-skovorodino-daqing")
                .contains("border-eastern-1991");
        assertThat(atlas.shownEventIds()).doesNotContain("power-of-siberia-first-gas-2019");
        assertThat(atlas.url()).contains("layers=borders%2Crailways%2Cexercises");
        atlas.toggleLayer("pipelines");
        assertThat(atlas.drawnFeatureIds()).contains("power-of-siberia");
    }

    @Test
    void theTradeChartFollowsTheSelectedYears() {
        atlas.open("from=2014&to=2016");
        var bars = atlas.page().locator("atlas-trade-chart rect.bar");
        bars.first().waitFor();
        assertThat(bars.count()).isGreaterThanOrEqualTo(33);
        assertThat(atlas.page().locator("atlas-trade-chart rect.in-range").all())
                .extracting(bar -> bar.getAttribute("data-year")).containsExactly("2014", "2015", "2016");
        assertThat(atlas.page().locator("atlas-trade-chart rect[data-year='2023'] title").textContent())
                .startsWith("2023: 240.1");
        atlas.setYears(1950, 1960);
        assertThat(atlas.page().locator("atlas-trade-chart rect.in-range").count()).isZero();
        assertThat(atlas.page().locator("atlas-trade-chart .trade-empty").textContent()).contains("starts in 1992");
    }

    @Test
    void theTradeChartSaysTheLastYearIsPartialInBothLanguages() {
        atlas.open("from=2024&to=2026");
        var note = atlas.page().locator("atlas-trade-chart .trade-partial");
        note.waitFor();
        assertThat(note.textContent()).isEqualTo("The 2026 bar covers January–April only: the year is not over.");
        var lastBar = atlas.page().locator("atlas-trade-chart rect[data-year='2026']");
        assertThat(lastBar.getAttribute("class")).contains("partial").contains("in-range");
        assertThat(atlas.page().locator("atlas-trade-chart rect[data-year='2025']").getAttribute("class"))
                .doesNotContain("partial");
        assertThat(lastBar.locator("title").textContent()).startsWith("2026: 85.24").contains("January–April only");
        Screens.save(atlas.page(), "trade-partial-en");

        atlas.open("from=2024&to=2026&lang=ar");
        note.waitFor();
        assertThat(note.textContent()).isEqualTo("عمود عام ٢٠٢٦ يغطي يناير–أبريل فقط، إذ لم ينتهِ العام بعد.");
        assertThat(note.getAttribute("dir") == null ? atlas.page().locator("atlas-trade-chart").getAttribute("dir") : "rtl")
                .isEqualTo("rtl");
        Screens.save(atlas.page(), "trade-partial-ar");
    }

    @Test
    void theEventsOf2026AreOnTheMapOrSayTheyHaveNoPlace() {
        atlas.open("from=2026&to=2026");
        assertThat(atlas.shownEventIds()).contains("putin-state-visit-beijing-2026", "joint-air-patrol-11th-2026",
                "putin-xi-video-call-2026", "trade-2025-first-fall");
        assertThat(atlas.drawnFeatureIds()).contains("beijing", "moscow", "joint-air-patrol-2026");
        // Choosing the patrol brings its area, off the first frame, into view.
        atlas.clickCard("joint-air-patrol-11th-2026");
        assertThat(atlas.isInsideMap(atlas.featureOnPage("joint-air-patrol-2026"))).isTrue();
        Screens.save(atlas.page(), "events-2026-air-patrol");
        atlas.clickCard("putin-state-visit-beijing-2026");
        assertThat(atlas.selectedEventIds()).containsExactly("putin-state-visit-beijing-2026");
        assertThat(atlas.isInsideMap(atlas.featureOnPage("beijing"))).isTrue();
        assertThat(atlas.card("trade-2025-first-fall").locator(".no-place").textContent())
                .isEqualTo("This event has no single place on the map.");
        Screens.save(atlas.page(), "events-2026-state-visit");
    }

    @Test
    void hoveringAFeatureShowsItsName() {
        atlas.open("from=1969&to=1969&layers=borders");
        assertThat(atlas.hoverFeature("zhenbao-island")).contains("Zhenbao");
    }

    @Test
    void clickingAFeatureSelectsItsEventCard() {
        atlas.open("from=1969&to=1969");
        atlas.clickFeature("zhenbao-island");
        assertThat(atlas.selectedEventIds()).containsExactly("zhenbao-clash-1969");
        assertThat(atlas.card("zhenbao-clash-1969").isVisible()).isTrue();
        assertThat(atlas.url()).contains("event=zhenbao-clash-1969");
    }

    @Test
    void clickingACardHighlightsItsFeatureAndFitsTheMapToIt() {
        atlas.open("from=2011&to=2011&layers=pipelines");
        double zoomBefore = atlas.zoom();
        assertThat(Screens.pixelsOfColour(atlas.page(), atlas.featureOnPage("espo-skovorodino-daqing"), 12, HIGHLIGHT))
                .as("highlight before selecting").isZero();
        atlas.clickCard("espo-spur-opens-2011");
        assertThat(atlas.selectedEventIds()).containsExactly("espo-spur-opens-2011");
        double[] pipeline = atlas.featureOnPage("espo-skovorodino-daqing");
        assertThat(atlas.isInsideMap(pipeline)).isTrue();
        assertThat(atlas.zoom()).isGreaterThan(zoomBefore + 1);
        assertThat(Screens.pixelsOfColour(atlas.page(), pipeline, 12, HIGHLIGHT))
                .as("highlight pixels around the selected pipeline").isGreaterThan(20);
        Screens.save(atlas.page(), "card-selected");
    }

    @Test
    void aDeepLinkReopensTheSameView() {
        atlas.open("from=1949&to=1951&layers=borders,railways&event=treaty-1950");
        assertThat(atlas.yearsShown()).isEqualTo("1949 – 1951");
        assertThat(atlas.isLayerOn("railways")).isTrue();
        assertThat(atlas.isLayerOn("pipelines")).isFalse();
        assertThat(atlas.selectedEventIds()).containsExactly("treaty-1950");
        assertThat(atlas.drawnFeatureIds()).contains("chinese-changchun-railway", "zabaikalsk-manzhouli")
                .doesNotContain("espo-skovorodino-daqing", "peace-mission-2005", "border-eastern-1991");
        assertThat(atlas.url()).contains("from=1949", "to=1951", "event=treaty-1950")
                .containsPattern("layers=borders(,|%2C)railways");
    }

    @Test
    void badParametersFallBackWithANotice() {
        atlas.open("from=19x9&to=1951&layers=rivers");
        assertThat(atlas.notices()).hasSize(2);
        assertThat(atlas.yearsShown()).isEqualTo("1945 – 1951");
        assertThat(atlas.shownEventIds()).contains("treaty-1950");
    }

    @Test
    void theArabicAtlasIsRightToLeft() {
        atlas.open("lang=ar&from=1950&to=1950");
        assertThat(atlas.page().locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(atlas.page().locator("html").getAttribute("lang")).isEqualTo("ar");
        assertThat(atlas.page().locator("h1").textContent()).isEqualTo("أطلس العلاقات الصينية الروسية");
        assertThat(atlas.card("treaty-1950").locator("p").first().textContent())
                .contains("١١ أبريل ١٩٥٠").doesNotContainPattern("[0-9]");
        assertThat(atlas.card("treaty-1950").locator(".seed-mention").textContent())
                .as("a quotation stays as the seed wrote it").contains("14 فبراير عام 1950");
        assertThat(atlas.page().locator("atlas-map .ol-zoom-in").getAttribute("title")).isEqualTo("تكبير");
        Object arabicFontLoaded = atlas.page().evaluate("() => document.fonts.ready.then(() => [...document.fonts]"
                + ".some(font => font.family.includes('Noto Sans Arabic') && font.status === 'loaded'))");
        assertThat(arabicFontLoaded).as("the shipped Arabic font is loaded from the app").isEqualTo(true);
        Screens.save(atlas.page(), "atlas-ar");
    }

    /**
     * Visible text in the other script: left out are texts marked with their own language (the seed's
     * Arabic quotes, the language switch), the cited sources (their titles are in the page's language),
     * the hidden text alternatives, the scale bar's unit and Vaadin's hidden connection message.
     */
    private static final String TEXTS_IN_OTHER_SCRIPT = """
            ([pattern]) => {
              const re = new RegExp(pattern);
              const skip = el => { const l = el.closest('[lang]'); return (l && !l.matches('html, .atlas'))
                  || el.closest('.event-sources, .source-citation, svg title'); };
              const found = []; const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) { const node = walker.currentNode;
                if (node.parentElement && !skip(node.parentElement) && re.test(node.textContent)) found.push(node.textContent.trim()); }
              return found;
            }""";

    @Test
    void noEnglishWordIsLeftInTheArabicViewAndNoArabicInTheEnglishOne() {
        atlas.open("lang=ar&from=2022&to=2022");
        atlas.search("غاز");
        assertThat((List<?>) atlas.page().evaluate(TEXTS_IN_OTHER_SCRIPT, List.of("[A-Za-z]{2,}")))
                .as("English in the Arabic view").isEmpty();
        atlas.open("lang=en&from=2022&to=2022");
        atlas.search("gas");
        assertThat((List<?>) atlas.page().evaluate(TEXTS_IN_OTHER_SCRIPT, List.of("[\\u0600-\\u06FF]")))
                .as("Arabic in the English view").isEmpty();
    }

    @Test
    void onANarrowScreenThePanelIsBelowTheMap() {
        atlas.page().setViewportSize(390, 844);
        atlas.open("from=1949&to=1951");
        var map = atlas.map().boundingBox();
        var panel = atlas.page().locator(".event-panel").boundingBox();
        assertThat(panel.y).isGreaterThanOrEqualTo(map.y + map.height - 1);
        Screens.save(atlas.page(), "atlas-narrow");
    }
}
