package org.relationsatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.map.AtlasMap;
import org.springframework.boot.test.context.SpringBootTest;

/** The comparison page without a browser: its address, the two maps, what changed and the events between. */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class CompareViewTest extends SpringBrowserlessTest {

    private void open(String route, String query) {
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
    }

    private List<String> ids(String listClass, String attribute) {
        return $(ListItem.class).all().stream()
                .filter(item -> item.getParent().map(list -> list.hasClassName(listClass)).orElse(false)
                        || listClass.isEmpty())
                .map(item -> item.getElement().getAttribute(attribute)).filter(id -> id != null).toList();
    }

    @Test
    void twoYearsShowTwoMapsAndWhatChangedBetweenThem() {
        open("compare", "years=1969,2008");
        assertThat(getCurrentView()).isInstanceOf(CompareView.class);
        List<AtlasMap> maps = $(AtlasMap.class).all();
        assertThat(maps).extracting(map -> map.state().from() + "-" + map.state().to()).containsExactly("1969-1969", "2008-2008");
        assertThat($(H2.class).single().getText()).isEqualTo("Comparing 1969 and 2008");
        assertThat(ids("changes-changed", "data-feature-id")).contains("bolshoy-ussuriysky-island");
        assertThat(ids("changes-appeared", "data-feature-id")).contains("border-eastern-1991");
        assertThat(ids("", "data-event-id")).contains("eastern-border-agreement-1991", "islands-handover-2008")
                .doesNotContain("zhenbao-clash-1969", "power-of-siberia-first-gas-2019");
    }

    @Test
    void theOldAtlasAddressOpensTheComparisonWithItsLanguageAndLayers() {
        open("", "compare=1969,2008&lang=ar&layers=borders");
        assertThat(getCurrentView()).isInstanceOf(CompareView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("compare");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("years"))
                .contains("1969,2008");
        assertThat($(H2.class).single().getText()).isEqualTo("مقارنة بين ١٩٦٩ و٢٠٠٨");
        assertThat($(AtlasMap.class).first().state().layers()).containsExactly("borders");
    }

    @Test
    void choosingAnotherYearComparesIt() {
        open("compare", "years=1969,2008");
        @SuppressWarnings("unchecked")
        Select<Integer> second = $(Select.class).withClassName("compare-second").single();
        test(second).selectItem("2019");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("years"))
                .contains("1969,2019");
        assertThat($(AtlasMap.class).all()).extracting(map -> map.state().to()).containsExactly(1969, 2019);
    }

    @Test
    void backToTheAtlasKeepsTheYearsAsARange() {
        open("compare", "years=2008,1969&layers=borders,railways");
        Anchor back = $(Anchor.class).withClassName("close-comparison").single();
        assertThat(back.getHref()).startsWith("?");
        QueryParameters atlas = QueryParameters.fromString(back.getHref().substring(1));
        assertThat(atlas.getParameters()).containsOnlyKeys("from", "to", "layers", "lang");
        assertThat(atlas.getSingleParameter("from")).contains("1969");
        assertThat(atlas.getSingleParameter("to")).contains("2008");
        assertThat(atlas.getSingleParameter("layers")).contains("borders,railways");
    }

    @Test
    void badYearsSaySoAndCompareThePeriodsEnds() {
        open("compare", "years=1969,3000");
        assertThat($(Div.class).withClassName("notice").all()).extracting(notice -> notice.getElement().getText())
                .anyMatch(text -> text.contains("1969,3000"));
        assertThat($(AtlasMap.class).all()).extracting(map -> map.state().from()).containsExactly(1945, 2026);
    }

    @Test
    void aBadOldAddressStaysOnTheAtlasWithANotice() {
        open("", "compare=1969,3000");
        assertThat(getCurrentView()).isInstanceOf(AtlasView.class);
        assertThat($(Div.class).withClassName("notice").all()).extracting(notice -> notice.getElement().getText())
                .anyMatch(text -> text.contains("compare=1969,3000"));
    }
}
