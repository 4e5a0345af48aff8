package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening the atlas: each data file downloaded once, and the map created once, however Flow builds the page. */
class OpeningBrowserTest extends BrowserTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void everyMapDataFileIsDownloadedOnceOnOpening(String lang) {
        List<String> downloads = new ArrayList<>();
        atlas.page().onRequest(request -> {
            String url = request.url();
            if (url.contains("/api/") || url.matches(".*/VAADIN/build/.*\\.json")) {
                downloads.add(url.substring(url.indexOf('/', "http://".length())));
            }
        });
        atlas.open("lang=" + lang);
        Map<String, Long> times = downloads.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(times.keySet()).as("the map's data").contains("/api/base-map.json", "/api/regions.geojson",
                "/api/layers/borders.geojson", "/api/layers/pipelines.geojson", "/api/layers/railways.geojson",
                "/api/layers/exercises.geojson", "/api/event-cards?lang=" + lang);
        assertThat(times).as("downloads per address").allSatisfy((url, count) -> assertThat(count).as(url).isOne());
        // One OpenLayers map: one viewport in the element.
        assertThat(atlas.map().locator(".ol-viewport").count()).isOne();
    }

    @Test
    void aMovedMapCarriesOnAndARemovedOneIsCleanedUp() {
        atlas.open("from=1969&to=1969");
        Object kept = atlas.page().evaluate("async () => { const map = document.querySelector('atlas-map');"
                + " const viewport = map.querySelector('.ol-viewport'); const parent = map.parentElement;"
                + " const next = map.nextSibling; document.body.append(map); parent.insertBefore(map, next);"
                + " await new Promise(resolve => setTimeout(resolve, 100));"
                + " return map.querySelector('.ol-viewport') === viewport && map.featurePixel('zhenbao-island') !== null; }");
        assertThat(kept).as("the same OpenLayers map, still drawing, after a move").isEqualTo(true);
        Object cleaned = atlas.page().evaluate("async () => { const map = document.querySelector('atlas-map');"
                + " map.remove(); await new Promise(resolve => setTimeout(resolve, 100));"
                + " return map.childElementCount === 0 && map.featurePixel('zhenbao-island') === null; }");
        assertThat(cleaned).as("OpenLayers gone once the element is removed").isEqualTo(true);
    }
}
