package org.relationsatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Event filtering on the shipped dataset in a real H2 database. */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class EventServiceTest {

    @Autowired
    EventService events;

    private List<String> ids(YearRange range, EnumSet<Layer> layers) {
        return events.eventsFor(range, layers).stream().map(AtlasEvent::id).toList();
    }

    @Test
    void eventsOutsideTheYearRangeAreHidden() {
        List<String> shown = ids(new YearRange(1949, 1951), EnumSet.allOf(Layer.class));
        assertThat(shown).contains("treaty-1950").doesNotContain("power-of-siberia-first-gas-2019");
        assertThat(events.eventsFor(new YearRange(1949, 1951), EnumSet.allOf(Layer.class)))
                .allSatisfy(event -> assertThat(event.date().year()).isBetween(1949, 1951));
    }

    @Test
    void eventsAreSortedByDate() {
        List<AtlasEvent> all = events.eventsFor(YearRange.ALL, EnumSet.allOf(Layer.class));
        assertThat(all).extracting(AtlasEvent::date).isSorted();
    }

    @Test
    void eventsOfAHiddenLayerAreHiddenButDiplomacyStays() {
        List<String> withoutPipelines = ids(YearRange.ALL, EnumSet.complementOf(EnumSet.of(Layer.PIPELINES)));
        assertThat(withoutPipelines).doesNotContain("power-of-siberia-first-gas-2019").contains("treaty-1950");
        assertThat(ids(YearRange.ALL, EnumSet.noneOf(Layer.class))).contains("treaty-1950")
                .doesNotContain("zhenbao-clash-1969");
    }

    @Test
    void aFeatureLeadsToTheEventsAboutIt() {
        assertThat(events.eventsAbout("zhenbao-island", EventFilter.of(new YearRange(1969, 1969), EnumSet.allOf(Layer.class))))
                .extracting(AtlasEvent::id).contains("zhenbao-clash-1969");
        assertThat(events.eventsAbout("zhenbao-island",
                new EventFilter(new YearRange(1969, 1969), EnumSet.allOf(Layer.class), "arctic", false)))
                .as("a feature's events outside the chosen region are not picked").isEmpty();
    }

    @Test
    void everyEventHasASourceWithAnAddress() {
        assertThat(events.eventsFor(YearRange.ALL, EnumSet.allOf(Layer.class)))
                .allSatisfy(event -> assertThat(event.sources())
                        .isNotEmpty()
                        .allSatisfy(source -> assertThat(source.url()).startsWith("http")));
    }

    @Test
    void searchFindsArabicWordsWrittenWithDiacriticsOrAnotherHamza() {
        List<String> plain = events.search("معاهدة الصداقة", Lang.AR, 20).stream().map(hit -> hit.event().id()).toList();
        List<String> voweled = events.search("مُعاهَدة الصَّداقة", Lang.AR, 20).stream().map(hit -> hit.event().id()).toList();
        assertThat(plain).contains("treaty-1950");
        assertThat(voweled).isEqualTo(plain);
        assertThat(events.search("إتفاقية", Lang.AR, 50)).isNotEmpty()
                .hasSameSizeAs(events.search("اتفاقية", Lang.AR, 50));
    }

    @Test
    void searchMarksWhereTheWordsAreAndPutsTitlesFirst() {
        List<SearchHit> hits = events.search("zhenbao", Lang.EN, 10);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().inTitle()).isTrue();
        SearchHit first = hits.getFirst();
        assertThat(first.matchedText().substring(first.start(), first.end())).isEqualTo("Zhenbao");
        assertThat(events.search("a", Lang.EN, 10)).as("one letter is too short to search").isEmpty();
    }

    @Test
    void anEnglishQueryFindsEventsInTheArabicView() {
        assertThat(events.search("Power of Siberia", Lang.AR, 10)).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.language()).isEqualTo(Lang.EN));
    }
}
