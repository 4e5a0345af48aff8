package org.relationsatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.map.AtlasMap;
import org.relationsatlas.map.FeatureClickEvent;
import org.relationsatlas.ui.EventList;
import org.springframework.boot.test.context.SpringBootTest;

/** The atlas view without a browser: what the panel, filters and map state show for a URL. */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class AtlasViewTest extends SpringBrowserlessTest {

    private void open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
    }

    /** The events the panel's list holds, as sent to the browser (which draws their cards). */
    private List<String> shownEventIds() {
        return $(EventList.class).single().state().eventIds();
    }

    private List<String> selectedEventIds() {
        return $(EventList.class).single().state().selected();
    }

    private String selectionSummary() {
        return $(Paragraph.class).withClassName("selection-summary").single().getText();
    }

    private List<String> notices() {
        return $(Div.class).withClassName("notice").all().stream().map(notice -> notice.getElement().getText()).toList();
    }

    @Test
    void anEventOf2026IsListedWhenTheYearsEndIn2026() {
        open("from=2026&to=2026");
        assertThat(shownEventIds()).contains("putin-state-visit-beijing-2026", "joint-air-patrol-11th-2026")
                .doesNotContain("joint-air-patrol-10th-2025");
        open("from=2020&to=2025");
        assertThat(shownEventIds()).doesNotContain("putin-state-visit-beijing-2026");
    }

    @Test
    void aDeepLinkReopensTheSameView() {
        open("from=1949&to=1951&layers=borders,railways&event=treaty-1950");
        assertThat(shownEventIds()).contains("treaty-1950").doesNotContain("power-of-siberia-first-gas-2019");
        assertThat(selectedEventIds()).containsExactly("treaty-1950");
        AtlasMap map = $(AtlasMap.class).single();
        assertThat(map.state().from()).isEqualTo(1949);
        assertThat(map.state().to()).isEqualTo(1951);
        assertThat(map.state().layers()).containsExactly("borders", "railways");
        assertThat(map.state().selected()).containsExactly("chinese-changchun-railway", "moscow");
        assertThat($(Checkbox.class).all().stream().filter(box -> box.getElement().hasAttribute("data-layer")).toList())
                .extracting(box -> box.getElement().getAttribute("data-layer") + "=" + box.getValue())
                .containsExactly("borders=true", "pipelines=false", "railways=true", "exercises=false",
                        "places=false");
        assertThat(notices()).isEmpty();
    }

    @Test
    void theTimelineMarksTheUssrsDissolutionIn1991InThePagesLanguage() {
        open("");
        assertThat($(TimelineStrip.class).single().state().marks())
                .containsExactly(new TimelineStrip.TimelineMark("ussr-dissolved-1991", 1991,
                        "Soviet Union dissolved; its fifteen republics are separate states"));
        open("lang=ar");
        assertThat($(TimelineStrip.class).single().state().marks()).singleElement()
                .satisfies(mark -> assertThat(mark.title()).isEqualTo("حلّ الاتحاد السوفيتي وأصبحت جمهورياته الخمس عشرة دولًا منفصلة"));
    }

    @Test
    void badParametersNeverCrashAndSayWhatWasIgnored() {
        open("from=abc&to=1951&layers=rivers&event=nope");
        assertThat(notices()).hasSize(3);
        assertThat(String.join(" ", notices())).contains("from=abc", "rivers", "nope");
        assertThat(shownEventIds()).contains("treaty-1945", "treaty-1950");
    }

    @Test
    void theCountAndEmptyStateFollowTheFilter() {
        open("from=1946&to=1948&lang=en");
        assertThat(shownEventIds()).isEmpty();
        assertThat($(EventList.class).single().state().emptyText()).contains("No events in 1946–1948");
    }

    @Test
    void togglingALayerHidesItsEvents() {
        open("from=2019&to=2019");
        assertThat(shownEventIds()).contains("power-of-siberia-first-gas-2019");
        Checkbox pipelines = $(Checkbox.class).all().stream()
                .filter(box -> "pipelines".equals(box.getElement().getAttribute("data-layer"))).findFirst().orElseThrow();
        test(pipelines).click();
        assertThat(shownEventIds()).doesNotContain("power-of-siberia-first-gas-2019");
        assertThat($(AtlasMap.class).single().state().layers()).doesNotContain("pipelines");
    }

    @Test
    void clickingACardSelectsItAndItsFeatures() {
        open("from=2011&to=2011");
        EventList list = $(EventList.class).single();
        // What the browser's list sends when a card is clicked, or chosen with Enter or Space.
        ComponentUtil.fireEvent(list, new EventList.SelectEvent(list, true, "espo-spur-opens-2011"));
        assertThat(selectedEventIds()).containsExactly("espo-spur-opens-2011");
        assertThat($(AtlasMap.class).single().state().selected()).containsExactly("espo-skovorodino-daqing");
    }

    @Test
    void clickingAPlaceSelectsEveryShownEventThereAndSaysHowManyAboveTheList() {
        open("from=1950&to=1950");
        AtlasMap map = $(AtlasMap.class).single();
        // What the browser's map sends when the Moscow marker is clicked.
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "moscow"));
        assertThat(selectedEventIds()).contains("treaty-1950");
        assertThat(map.state().selected()).containsExactly("moscow");
        assertThat(selectionSummary()).isEqualTo("Moscow — events selected in the list below: " + selectedEventIds().size());

        // Choosing a card afterwards is a new selection: the line about the place goes.
        EventList list = $(EventList.class).single();
        ComponentUtil.fireEvent(list, new EventList.SelectEvent(list, true, "treaty-1950"));
        assertThat(selectionSummary()).isEmpty();
        assertThat(map.state().selected()).contains("moscow");
    }

    @Test
    void aPlaceWithNoEventsInTheYearsSaysSoInArabic() {
        // No event of the Arctic lies in 1950: whatever Beijing has, none of it is shown.
        open("lang=ar&from=1950&to=1950&region=arctic");
        AtlasMap map = $(AtlasMap.class).single();
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "beijing"));
        assertThat(selectedEventIds()).isEmpty();
        assertThat(selectionSummary()).isEqualTo("بكين — لا أحداث معروضة في هذه السنوات");
    }

    @Test
    void aRegionInTheUrlListsOnlyItsEventsAndOutlinesIt() {
        open("region=arctic");
        assertThat(shownEventIds()).contains("coast-guard-patrol-2024").doesNotContain("treaty-1950");
        assertThat($(AtlasMap.class).single().state().region()).isEqualTo("arctic");
        assertThat($(RegionPicker.class).single().getValue()).isEqualTo("arctic");
    }

    @Test
    void choosingASearchResultHiddenByTheFiltersWidensThemAndSelectsIt() {
        open("from=1949&to=1951&layers=borders");
        test($(com.vaadin.flow.component.textfield.TextField.class).single()).setValue("begins gas deliveries");
        Div result = $(Div.class).withClassName("search-result")
                .withAttribute("data-event-id", "power-of-siberia-first-gas-2019").single();
        test(result).click();
        assertThat(selectedEventIds()).containsExactly("power-of-siberia-first-gas-2019");
        AtlasMap map = $(AtlasMap.class).single();
        assertThat(map.state().from()).isEqualTo(1949);
        assertThat(map.state().to()).isEqualTo(2019);
        assertThat(map.state().layers()).contains("borders", "pipelines");
        assertThat(map.state().selected()).contains("power-of-siberia");
    }

    @Test
    void theArabicViewIsRightToLeftWithArabicText() {
        open("from=1950&to=1950&lang=ar");
        AtlasView view = (AtlasView) getCurrentView();
        assertThat(view.getElement().getAttribute("dir")).isEqualTo("rtl");
        // The browser draws the list's cards in the list's language (EventCardTextTest: their Arabic texts).
        assertThat($(EventList.class).single().state().lang()).isEqualTo("ar");
        assertThat(shownEventIds()).contains("treaty-1950");
    }

    @Test
    void aCardOfAnEventTheListDoesNotShowCannotBeChosen() {
        open("from=2011&to=2011");
        EventList list = $(EventList.class).single();
        ComponentUtil.fireEvent(list, new EventList.SelectEvent(list, true, "treaty-1950"));
        assertThat(selectedEventIds()).isEmpty();
        assertThat($(AtlasMap.class).single().state().selected()).isEmpty();
    }

    @Test
    void theToolbarKeepsTheYearsInViewAndNamesThePanelsItOpens() {
        open("lang=ar");
        MapToolbar toolbar = $(MapToolbar.class).single();
        assertThat(toolbar.getChildren().findFirst().orElseThrow().getClassNames()).contains("year-filter");
        List<Disclosure> buttons = $(Disclosure.class).all();
        assertThat(buttons).extracting(button -> button.getElement().getAttribute("data-panel"))
                .containsExactly("filters", "actions", "charts");
        assertThat(buttons).extracting(button -> button.getElement().getChild(0).getText())
                .containsExactly("الطبقات والتصفية", "حفظ وطباعة ومقارنة", "الخط الزمني والتجارة");
        for (Disclosure button : buttons) {
            String panelId = button.getElement().getChild(0).getAttribute("aria-controls");
            Div panel = $(Div.class).all().stream().filter(div -> panelId.equals(div.getId().orElse(null))).findFirst()
                    .orElse(null);
            if (panel == null) {
                // The filters panel is AtlasFilters itself.
                assertThat($(AtlasFilters.class).single().getId()).contains(panelId);
            } else {
                assertThat(panel.getClassNames()).contains("disclosure-panel");
            }
        }
        assertThat($(AtlasFilters.class).single().getClassNames()).contains("filters", "disclosure-panel");
    }
}
