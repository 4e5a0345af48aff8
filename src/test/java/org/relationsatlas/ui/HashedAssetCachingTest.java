package org.relationsatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses are the build's hashed files, kept a year: the served headers are checked in OpeningBrowserTest. */
class HashedAssetCachingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/VAADIN/build/atlas-map-DTE27Ves.js", "/VAADIN/build/vaadin-button-DHqFIZm-.js",
        "/VAADIN/build/countries-50m-BphFPm15.json", "/VAADIN/build/noto-sans-arabic-arabic-400-normal-AAMxebZb.woff2",
        "/VAADIN/build/chunk-8387244dd42fbfb8c0ddc93a8c12506493f2f305b889b1ff2ebea0b6fdf230f0-CvMjPJnE.js"})
    void aBuildFileNamedByItsHashIsKeptAYear(String path) {
        assertThat(HashedAssetCaching.isHashed(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/compare", "/icons/favicon.svg", "/sw.js", "/VAADIN/build/sw.js",
        "/styles/atlas.css", "/VAADIN/build/", "/VAADIN/build/a/b-DTE27Ves.js", "/api/layers/borders.geojson"})
    void aFileWithoutAHashIsNot(String path) {
        assertThat(HashedAssetCaching.isHashed(path)).isFalse();
    }
}
