package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.api.Test;

/** Rivers and lakes under the overlays (frontend/map-water.ts), named in the page's language. */
class WaterBrowserTest extends BrowserTestBase {

    /** The rivers' blue (frontend/map-water.ts RIVER). */
    private static final int RIVER = 0x3f88c5;
    /** The border layer's colour (frontend/atlas-map-styles.ts LAYER_COLOURS.borders). */
    private static final int BORDERS = 0xc2255c;

    @Test
    void theAmurIsDrawnInBlueAndTheBorderRiversAreNamed() {
        atlas.open("layers=pipelines");
        // A point of the Amur's line upstream of the Songhua's mouth, away from cities and overlays.
        lookAt(130.9421, 47.7901, 7);
        assertThat(Screens.pixelsOfColour(atlas.page(), mapCentre(), 6, RIVER)).as("river-blue pixels on the Amur").isGreaterThan(3);
        Map<String, List<String>> water = waterDrawn();
        assertThat(water.get("rivers")).contains("amur", "ussuri", "songhua");
        assertThat(water.get("labels")).contains("Amur", "Ussuri", "Songhua");
        Screens.save(atlas.page(), "water-amur-z7-en");
        lookAt(134.2, 47.8, 7);
        Screens.save(atlas.page(), "water-khabarovsk-z7-en");
    }

    @Test
    void theArabicMapNamesTheRiversInArabic() {
        atlas.open("lang=ar&layers=pipelines");
        lookAt(134.2, 47.8, 7);
        assertThat(waterDrawn().get("labels")).contains("نهر آمور", "نهر أوسوري").doesNotContain("Amur", "Ussuri");
        Screens.save(atlas.page(), "water-khabarovsk-z7-ar");
        lookAt(134.73, 48.36, 9);
        Screens.save(atlas.page(), "water-bolshoy-ussuriysky-z9-ar");
        atlas.open("lang=ar");
        Screens.save(atlas.page(), "water-border-zone-ar");
    }

    @Test
    void atTheLessonsZoomTheIslandsStayVisibleInTheirRivers() {
        atlas.open("layers=borders");
        lookAt(134.73, 48.36, 9);
        assertThat(waterDrawn().get("rivers")).contains("amur", "ussuri");
        assertThat(Screens.pixelsOfColour(atlas.page(), atlas.featureOnPage("bolshoy-ussuriysky-island"), 10, BORDERS))
                .as("border-colour pixels on Bolshoy Ussuriysky").isGreaterThan(10);
        Screens.save(atlas.page(), "water-bolshoy-ussuriysky-z9-en");
        lookAt(133.84, 46.49, 9);
        assertThat(Screens.pixelsOfColour(atlas.page(), atlas.featureOnPage("zhenbao-island"), 10, BORDERS))
                .as("border-colour pixels on Zhenbao").isGreaterThan(5);
        Screens.save(atlas.page(), "water-zhenbao-z9-en");
    }

    @Test
    void theWholeBorderZoneShowsItsRiversAndLakes() {
        atlas.open("");
        Map<String, List<String>> water = waterDrawn();
        assertThat(water.get("rivers")).contains("argun", "amur", "ussuri", "songhua", "tumen", "irtysh", "ili");
        assertThat(water.get("lakes")).contains("baikal", "khanka");
        Screens.save(atlas.page(), "water-border-zone-en");
        lookAt(118, 49, 4.5);
        assertThat(waterDrawn().get("labels")).contains("Lake Baikal", "Argun", "Amur");
        Screens.save(atlas.page(), "water-argun-baikal-z4-en");
    }

    /** Jumps the camera there and waits until the map has drawn that frame. */
    private void lookAt(double lon, double lat, double zoom) {
        atlas.map().evaluate("(map, c) => new Promise(done => {"
                + " map.flyTo({camera: {lon: c[0], lat: c[1], zoom: c[2]}, animate: false});"
                + " requestAnimationFrame(() => setTimeout(done, 600)); })", List.of(lon, lat, zoom));
    }

    private double[] mapCentre() {
        BoundingBox box = atlas.map().locator(".atlas-map-canvas").boundingBox();
        return new double[] {box.x + box.width / 2, box.y + box.height / 2};
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> waterDrawn() {
        return (Map<String, List<String>>) atlas.map().evaluate("map => map.waterDrawn()");
    }
}
