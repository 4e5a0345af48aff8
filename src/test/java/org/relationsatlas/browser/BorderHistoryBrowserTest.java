package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The border layer tells the boundary's whole history: a China–USSR line in 1969, its successors later. */
class BorderHistoryBrowserTest extends BrowserTestBase {

    private String itemText(String featureId) {
        return atlas.page().locator("atlas-map li[data-feature-id='" + featureId + "']").textContent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void in1969TheMapDrawsTheChinaUssrBorderLine(String lang) {
        atlas.open("lang=" + lang + "&from=1969&to=1969&layers=borders");
        assertThat(atlas.drawnStatus("border-treaty-line-east")).isEqualTo("agreed");
        assertThat(atlas.drawnStatus("border-treaty-line-altai")).isEqualTo("agreed");
        assertThat(atlas.drawnStatus("border-sino-soviet-kazakh")).isEqualTo("agreed");
        assertThat(atlas.drawnStatus("border-sino-soviet-pamir")).isEqualTo("disputed");
        assertThat(atlas.drawnStatus("border-eastern-1991")).isNull();
        assertThat(atlas.drawnStatus("border-area-1996-1997")).isNull();
        assertThat(itemText("border-treaty-line-east"))
                .contains(lang.equals("ar") ? "الحدود الصينية السوفيتية" : "China–USSR border");
        Screens.save(atlas.page(), "borders-1969-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void laterTheAgreedSectionsTakeOverAndTheCentralAsianSectorIsASuccessorStatesBorder(String lang) {
        atlas.open("lang=" + lang + "&from=1991&to=1991&layers=borders");
        assertThat(atlas.drawnStatus("border-treaty-line-east")).isNull();
        assertThat(atlas.drawnStatus("border-eastern-1991")).isEqualTo("agreed");
        assertThat(atlas.drawnStatus("border-sino-soviet-kyrgyz")).isEqualTo("agreed");
        Screens.save(atlas.page(), "borders-1991-" + lang);

        atlas.setYears(2008, 2008);
        assertThat(atlas.drawnStatus("border-sino-soviet-kazakh")).isEqualTo("successor");
        assertThat(atlas.drawnStatus("border-area-1996-1997")).isEqualTo("agreed");
        assertThat(itemText("border-sino-soviet-kazakh"))
                .contains(lang.equals("ar") ? "حدود دولة وريثة للاتحاد السوفيتي" : "border of a Soviet successor state");
        Screens.save(atlas.page(), "borders-2008-" + lang);

        atlas.setYears(2024, 2024);
        assertThat(atlas.drawnStatus("border-eastern-1991")).isEqualTo("demarcated");
        assertThat(atlas.drawnStatus("border-sino-soviet-pamir")).isEqualTo("successor");
        Screens.save(atlas.page(), "borders-2024-" + lang);

        // Closer: the faded successor states' lines and the faint 100 km area in Central Asia.
        atlas.open("lang=" + lang + "&from=2008&to=2008&layers=borders&region=xinjiang-central-asia");
        assertThat(atlas.drawnStatus("border-sino-soviet-kyrgyz")).isEqualTo("successor");
        Screens.save(atlas.page(), "borders-2008-central-asia-" + lang);
        atlas.open("lang=" + lang + "&from=1969&to=1969&layers=borders&region=xinjiang-central-asia");
        Screens.save(atlas.page(), "borders-1969-central-asia-" + lang);
    }
}
