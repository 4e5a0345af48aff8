package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The base map of the selected year: the USSR up to 1991, today's states after, in both languages, and
 * everywhere the map is shown: playing, the comparison, a lesson's steps, the PNG and the printed page.
 */
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
        // Mirrored in Arabic: 1991 lies right of the middle in English (46 of 82 years), left of it in Arabic.
        var track = atlas.page().locator("atlas-timeline svg").boundingBox();
        var tick = mark.locator("line").boundingBox();
        double fromLeft = (tick.x - track.x) / track.width;
        assertThat(fromLeft).isBetween(lang.equals("ar") ? 0.40 : 0.55, lang.equals("ar") ? 0.45 : 0.60);
    }

    @Test
    void playingAcrossTheDissolutionSwitchesFromTheUssrToItsSuccessorsInTheSameStep() {
        atlas.open("from=1990&to=1990");
        atlas.recordSteps();
        atlas.page().locator("atlas-timeline select").selectOption("fast");
        atlas.playButton().click();
        atlas.waitForYears("1993 – 1993", 20_000);
        atlas.playButton().click();
        atlas.waitUntilReady();
        List<Map<String, Object>> steps = atlas.recordedSteps();
        Map<String, Object> in1991 = lastStep(steps, "1991 – 1991");
        assertThat(in1991.get("baseYear")).isEqualTo("1991");
        assertThat(in1991.get("baseStates")).isEqualTo("USSR");
        Map<String, Object> in1992 = lastStep(steps, "1992 – 1992");
        assertThat(in1992.get("baseYear")).isEqualTo("1992");
        assertThat(in1992.get("baseStates")).isEqualTo("");
    }

    @ParameterizedTest
    @CsvSource({"en, USSR", "ar, الاتحاد السوفيتي"})
    void aLessonStepDrawsTheBaseOfItsYears(String lang, String ussr) {
        // Step 3 of the border lesson shows 1969 on the whole frontier; the last, 1969–2008, ends in 2008.
        atlas.page().navigate("http://localhost:" + port + "/lesson/border-1969-2008/step/3?lang=" + lang);
        atlas.waitUntilReady();
        assertThat(atlas.map().getAttribute("data-base-year")).isEqualTo("1969");
        assertThat(atlas.map().getAttribute("data-base-states")).isEqualTo(ussr);
        assertThat(baseFeatureIds(atlas.map())).contains(USSR).doesNotContain(KAZAKHSTAN);
        Screens.save(atlas.page(), "base-lesson-1969-" + lang);
        atlas.page().navigate("http://localhost:" + port + "/lesson/border-1969-2008/step/10?lang=" + lang);
        atlas.waitUntilReady();
        assertThat(atlas.map().getAttribute("data-base-year")).isEqualTo("2008");
        assertThat(baseFeatureIds(atlas.map())).contains(RUSSIA, KAZAKHSTAN).doesNotContain(USSR);
    }

    @Test
    void thePngOf1969DrawsTheUssrWhereThePngOf2008DrawsItsSuccessors() throws Exception {
        // No layers, so the only thing that differs between the two years is the base map.
        BufferedImage in1969 = exportedPng("from=1969&to=1969&layers=");
        BufferedImage in2008 = exportedPng("from=2008&to=2008&layers=");
        assertThat(in1969.getWidth()).isEqualTo(in2008.getWidth());
        int mapTop = 64;
        int mapHeight = (int) atlas.map().boundingBox().height;
        int differing = 0;
        for (int x = 0; x < in1969.getWidth(); x++) {
            for (int y = mapTop; y < mapTop + mapHeight; y++) {
                if (in1969.getRGB(x, y) != in2008.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("map pixels that differ between the 1969 and 2008 PNGs").isGreaterThan(2_000);
    }

    @ParameterizedTest
    @CsvSource({"en, USSR", "ar, الاتحاد السوفيتي"})
    void thePrintedA4MapOf1969DrawsTheUssrAndFramesTheWholeBorderZone(String lang, String ussr) {
        atlas.open("lang=" + lang + "&from=1969&to=1969");
        // As Chromium prints: beforeprint while the page has its screen layout, then the layout for the
        // paper (A4 portrait at 96 dpi is 794 px wide), which makes the map narrower and taller.
        atlas.page().evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        atlas.page().emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        atlas.page().setViewportSize(794, 1123);
        atlas.page().waitForFunction("ids => { const map = document.querySelector('atlas-map');"
                + " return map.clientWidth <= 794 && ids.every(id => { const p = map.featurePixel(id);"
                + " return p && p[0] > 0 && p[1] > 0 && p[0] < map.clientWidth && p[1] < map.clientHeight; }); }",
                List.of("zhenbao-island", "tielieketi-clash-site"),
                new Page.WaitForFunctionOptions().setTimeout(5_000).setPollingInterval(100));
        assertThat(atlas.map().isVisible()).isTrue();
        assertThat(atlas.map().getAttribute("data-base-states")).isEqualTo(ussr);
        assertThat(baseFeatureIds(atlas.map())).contains(USSR).doesNotContain(KAZAKHSTAN);
        Screens.save(atlas.page(), "base-print-1969-" + lang);
        // Printing over, the screen's view comes back.
        atlas.page().emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        atlas.page().setViewportSize(1400, 900);
        atlas.page().evaluate("() => window.dispatchEvent(new Event('afterprint'))");
        atlas.page().waitForFunction("() => document.querySelector('atlas-map').clientWidth > 794");
        assertThat(atlas.isInsideMap(atlas.featureOnPage("zhenbao-island"))).isTrue();
    }

    private BufferedImage exportedPng(String query) throws Exception {
        atlas.open(query);
        atlas.openPanel("actions");
        Download download = atlas.page().waitForDownload(() -> atlas.page().locator("vaadin-button.export-png").click());
        byte[] png = Files.readAllBytes(download.path());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/base-export-" + query.substring(5, 9) + ".png"), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The last step the player showed with these years. */
    private static Map<String, Object> lastStep(List<Map<String, Object>> steps, String years) {
        return steps.stream().filter(step -> years.equals(step.get("years"))).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no step showed " + years + ": " + steps));
    }
}
