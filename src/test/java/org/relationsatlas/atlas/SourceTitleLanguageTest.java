package org.relationsatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.events.EventService;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.ui.EventCardText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Cited titles in another language than the page carry their lang and direction (WCAG 3.1.2) on the cards. */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class SourceTitleLanguageTest {

    @Autowired
    private EventService events;

    private List<EventCardText.SourceLine> sourceLines(String eventId, Lang page) {
        return EventCardText.of(events.event(eventId).orElseThrow(), page).sources();
    }

    @Test
    void anEnglishTitleOnTheArabicPageIsMarkedEnglishLeftToRight() {
        // The treaty cites English pages and, for the place of signing, the Russian text of the treaty.
        List<EventCardText.SourceLine> lines = sourceLines("treaty-1950", Lang.AR);
        assertThat(lines).filteredOn(line -> !"ru".equals(line.titleLang())).isNotEmpty().allSatisfy(line -> {
            assertThat(line.titleLang()).isEqualTo("en");
            assertThat(line.titleDir()).isEqualTo("ltr");
        });
        assertThat(lines).filteredOn(line -> "ru".equals(line.titleLang()))
                .allSatisfy(line -> assertThat(line.titleDir()).isEqualTo("ltr"));
    }

    @Test
    void anArabicTitleOnTheEnglishPageIsMarkedArabicRightToLeft() {
        List<EventCardText.SourceLine> lines = sourceLines("crimea-annexation-2014", Lang.EN);
        assertThat(lines).filteredOn(line -> "ar".equals(line.titleLang()))
                .singleElement().satisfies(line -> assertThat(line.titleDir()).isEqualTo("rtl"));
        // English titles on the English page need no mark of their own.
        assertThat(lines).filteredOn(line -> line.titleLang() == null).hasSize(3);
    }
}
