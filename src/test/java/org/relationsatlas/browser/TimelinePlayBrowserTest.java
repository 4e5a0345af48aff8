package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Playing the timeline: year by year, map, panel and trade chart together, without downloading layers again. */
class TimelinePlayBrowserTest extends BrowserTestBase {

    @Test
    void playMovesMapPanelAndTradeChartYearByYearAndPauses() {
        atlas.open("from=2014&to=2014");
        List<String> layerDownloads = new ArrayList<>();
        atlas.page().onRequest(request -> {
            if (request.url().contains("/api/layers/")) {
                layerDownloads.add(request.url());
            }
        });
        assertThat(atlas.drawnStatus("power-of-siberia")).isEqualTo("contracted");
        atlas.recordSteps();
        atlas.page().locator("atlas-timeline select").selectOption("fast");
        atlas.playButton().click();
        assertThat(atlas.playButton().getAttribute("aria-pressed")).isEqualTo("true");
        atlas.waitForYears("2020 – 2020", 15_000);
        atlas.playButton().click();
        atlas.waitUntilReady();

        List<Map<String, Object>> steps = atlas.recordedSteps();
        List<Object> years = steps.stream().map(step -> step.get("years")).distinct().toList();
        assertThat(years).as("one year at a time").startsWith("2015 – 2015", "2016 – 2016", "2017 – 2017",
                "2018 – 2018", "2019 – 2019", "2020 – 2020");
        Map<String, Object> in2016 = step(steps, "2016 – 2016");
        assertThat(features(in2016)).containsEntry("power-of-siberia", "under-construction");
        assertThat(in2016.get("tradeYear")).isEqualTo("2016");
        // First gas in December 2019: map and panel show it in the same step.
        Map<String, Object> in2019 = step(steps, "2019 – 2019");
        assertThat(features(in2019)).containsEntry("power-of-siberia", "operating");
        assertThat(events(in2019)).contains("power-of-siberia-first-gas-2019").doesNotContain("vostok-2018");
        assertThat(events(step(steps, "2018 – 2018"))).contains("vostok-2018");

        assertThat(atlas.isPlaying()).isFalse();
        String stoppedAt = atlas.yearsShown();
        atlas.page().waitForTimeout(1_500);
        assertThat(atlas.yearsShown()).as("paused: the years stay").isEqualTo(stoppedAt);
        assertThat(atlas.tradeChartCurrentYear()).as("no year marked once paused").isNull();
        assertThat(atlas.url()).contains("from=" + stoppedAt.substring(0, 4));
        assertThat(layerDownloads).as("layers downloaded again while playing").isEmpty();
    }

    /** The last step recorded with these years. */
    private static Map<String, Object> step(List<Map<String, Object>> steps, String years) {
        return steps.stream().filter(step -> years.equals(step.get("years"))).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no step showed " + years));
    }

    @SuppressWarnings("unchecked")
    private static List<String> events(Map<String, Object> step) {
        return (List<String>) step.get("events");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> features(Map<String, Object> step) {
        return (Map<String, Object>) step.get("features");
    }

    @Test
    void theTradeChartMarksThePlayedYear() {
        atlas.open("from=2008&to=2008");
        atlas.playButton().click();
        atlas.waitForYears("2009 – 2009", 5_000);
        assertThat(atlas.tradeChartCurrentYear()).isEqualTo("2009");
        assertThat(atlas.page().locator("atlas-trade-chart rect.bar.current").getAttribute("data-year")).isEqualTo("2009");
        atlas.playButton().click();
    }

    @Test
    void spacePlaysAndPausesAndPlayStopsAtTheLastYearUnlessLooping() {
        atlas.open("from=2024&to=2025");
        atlas.page().locator("atlas-timeline select").selectOption("fast");
        atlas.page().locator("atlas-timeline .timeline-track").focus();
        atlas.page().keyboard().press(" ");
        atlas.waitForYears("2025 – 2026", 5_000);
        atlas.page().waitForFunction("() => document.querySelector('atlas-timeline').dataset.playing === 'false'");
        assertThat(atlas.yearsShown()).as("stopped at the last year").isEqualTo("2025 – 2026");

        atlas.page().locator("atlas-timeline .loop input").check();
        atlas.page().locator("atlas-timeline .timeline-track").focus();
        atlas.page().keyboard().press(" ");
        // Play from the last years starts again at the first, keeping the range's length.
        atlas.waitForYears("1945 – 1946", 5_000);
        atlas.waitForYears("1946 – 1947", 5_000);
        atlas.page().keyboard().press(" ");
        atlas.waitUntilReady();
        assertThat(atlas.isPlaying()).isFalse();
    }

    @Test
    void theWholePeriodPlaysOneYearAtATimeAndArabicPlaysRightToLeftInArabicDigits() {
        atlas.open("lang=ar");
        assertThat(atlas.playButton().textContent()).contains("تشغيل");
        atlas.playButton().click();
        atlas.waitForYears("١٩٤٥ – ١٩٤٥", 5_000);
        assertThat(atlas.page().locator("atlas-timeline .playing-year").textContent()).isEqualTo("عام ١٩٤٥");
        assertThat(atlas.playButton().textContent()).contains("إيقاف مؤقت");
        Screens.save(atlas.page(), "playing-ar");
        atlas.playButton().click();
        atlas.waitUntilReady();
        // Arabic: the first year's bar is on the right.
        double first = atlas.page().locator("atlas-timeline rect.count[data-year='1945']").boundingBox().x;
        double last = atlas.page().locator("atlas-timeline rect.count[data-year='2026']").boundingBox().x;
        assertThat(first).isGreaterThan(last);
    }
}
