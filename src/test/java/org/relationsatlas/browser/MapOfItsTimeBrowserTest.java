package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The map of each year, as a class steps through the periods, in both languages, on a projector and on
 * a phone: the states of that year, the border as it stood, and the rivers it runs along.
 */
class MapOfItsTimeBrowserTest extends BrowserTestBase {

    @SuppressWarnings("unchecked")
    private List<String> riversDrawn() {
        return ((Map<String, List<String>>) atlas.map().evaluate("map => map.waterDrawn()")).get("rivers");
    }

    @ParameterizedTest(name = "{0} in {1} at {2}×{3}")
    @CsvSource({
        "1969, en, 1366, 768, USSR, border-treaty-line-east, agreed",
        "1969, en, 390, 844, USSR, border-treaty-line-east, agreed",
        "1969, ar, 1366, 768, الاتحاد السوفيتي, border-treaty-line-east, agreed",
        "1969, ar, 390, 844, الاتحاد السوفيتي, border-treaty-line-east, agreed",
        "1991, en, 1366, 768, USSR, border-eastern-1991, agreed",
        "1991, en, 390, 844, USSR, border-eastern-1991, agreed",
        "1991, ar, 1366, 768, الاتحاد السوفيتي, border-eastern-1991, agreed",
        "1991, ar, 390, 844, الاتحاد السوفيتي, border-eastern-1991, agreed",
        "2008, en, 1366, 768, '', border-eastern-1991, demarcated",
        "2008, en, 390, 844, '', border-eastern-1991, demarcated",
        "2008, ar, 1366, 768, '', border-eastern-1991, demarcated",
        "2008, ar, 390, 844, '', border-eastern-1991, demarcated",
        "2024, en, 1366, 768, '', border-eastern-1991, demarcated",
        "2024, en, 390, 844, '', border-eastern-1991, demarcated",
        "2024, ar, 1366, 768, '', border-eastern-1991, demarcated",
        "2024, ar, 390, 844, '', border-eastern-1991, demarcated"})
    void eachYearShowsItsStatesItsBorderAndTheRivers(int year, String lang, int width, int height, String union,
            String eastBorder, String status) {
        atlas.page().setViewportSize(width, height);
        atlas.open("lang=" + lang + "&from=" + year + "&to=" + year);
        assertThat(atlas.map().getAttribute("data-base-year")).isEqualTo(String.valueOf(year));
        assertThat(atlas.map().getAttribute("data-base-states")).as("the USSR drawn as one state up to 1991").isEqualTo(union);
        assertThat(atlas.drawnStatus(eastBorder)).as("the eastern border as it stood").isEqualTo(status);
        assertThat(atlas.drawnStatus("border-sino-soviet-kazakh")).isEqualTo(year <= 1991 ? "agreed" : "successor");
        assertThat(riversDrawn()).as("the border rivers").contains("amur", "ussuri", "argun");
        assertThat(atlas.page().locator(".line-key li:has(.key-faded)").textContent())
                .as("the legend names the faded successor-state borders").contains("ar".equals(lang) ? "باهت" : "faded");
        Screens.save(atlas.page(), "year-" + year + "-" + lang + "-" + (width < 600 ? "phone" : "desktop"));
    }
}
