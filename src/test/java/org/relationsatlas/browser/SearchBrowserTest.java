package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

/** Searching in both languages and choosing a result. */
class SearchBrowserTest extends BrowserTestBase {

    @Test
    void anArabicSearchWithDiacriticsFindsAndMarksTheTreaty() {
        atlas.open("lang=ar");
        Locator results = atlas.search("مُعاهَدة الصَّداقة");
        Locator treaty = results.and(atlas.page().locator("[data-event-id='treaty-1950']"));
        assertThat(treaty.locator("mark").first().textContent()).isEqualTo("معاهدة الصداقة");
        Screens.save(atlas.page(), "search-ar");
        treaty.click();
        atlas.waitUntilReady();
        assertThat(atlas.selectedEventIds()).containsExactly("treaty-1950");
        assertThat(atlas.url()).contains("event=treaty-1950");
    }

    @Test
    void anEnglishSearchForSomethingAbsentSaysSo() {
        atlas.open("");
        atlas.search("zeppelin");
        assertThat(atlas.page().locator(".search-empty").textContent()).contains("zeppelin");
    }
}
