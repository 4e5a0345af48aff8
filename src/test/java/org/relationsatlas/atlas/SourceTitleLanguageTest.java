package org.relationsatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/** Cited titles in another language than the page carry their lang and direction (WCAG 3.1.2). */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class SourceTitleLanguageTest extends SpringBrowserlessTest {

    private List<Anchor> sourceLinks(String query, String eventId) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        Div card = $(Div.class).withClassName("event-card").all().stream()
                .filter(c -> eventId.equals(c.getElement().getAttribute("data-event-id"))).findFirst().orElseThrow();
        return $(Anchor.class, card).all().stream()
                .filter(link -> "noopener noreferrer".equals(link.getElement().getAttribute("rel")))
                .toList();
    }

    @Test
    void anEnglishTitleOnTheArabicPageIsMarkedEnglishLeftToRight() {
        List<Anchor> links = sourceLinks("from=1950&to=1950&lang=ar", "treaty-1950");
        assertThat(links).isNotEmpty().allSatisfy(link -> {
            assertThat(link.getElement().getAttribute("lang")).isEqualTo("en");
            assertThat(link.getElement().getAttribute("dir")).isEqualTo("ltr");
        });
    }

    @Test
    void anArabicTitleOnTheEnglishPageIsMarkedArabicRightToLeft() {
        List<Anchor> links = sourceLinks("from=2014&to=2014&lang=en", "crimea-annexation-2014");
        assertThat(links).filteredOn(link -> "ar".equals(link.getElement().getAttribute("lang")))
                .singleElement().satisfies(link -> assertThat(link.getElement().getAttribute("dir")).isEqualTo("rtl"));
        // English titles on the English page need no mark of their own.
        assertThat(links).filteredOn(link -> !link.getElement().hasAttribute("lang")).hasSize(3);
    }
}
