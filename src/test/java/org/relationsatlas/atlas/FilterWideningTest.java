package org.relationsatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.Category;
import org.relationsatlas.events.DateKind;
import org.relationsatlas.events.EventDate;
import org.relationsatlas.events.EventMoment;
import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;

/** Choosing a search result the filters hide widens them just enough to show it. */
class FilterWideningTest {

    private static AtlasEvent event(String date, Category category, String region) {
        return new AtlasEvent("test-event", category, List.of(new EventMoment(DateKind.OCCURRED, EventDate.parse(date), false)),
                new Bilingual("Title", "عنوان"), new Bilingual("Summary", "ملخص"), List.of(region), List.of(), List.of(),
                null, null, false);
    }

    private static AtlasQuery view(int from, int to, EnumSet<Layer> layers, String region, boolean onlyDisagreements) {
        return new AtlasQuery(new YearRange(from, to), layers, "another-event", Lang.AR, onlyDisagreements, region);
    }

    @Test
    void aShownEventLeavesTheViewAsItIs() {
        AtlasQuery view = view(2010, 2020, EnumSet.of(Layer.PIPELINES), "amur-ussuri", false);
        assertThat(FilterWidening.toShow(event("2019-12-02", Category.PIPELINES, "amur-ussuri"), view)).isSameAs(view);
    }

    @Test
    void anEventBeforeTheRangeStretchesItsStartAndSwitchesOnItsLayer() {
        AtlasQuery view = view(2010, 2020, EnumSet.of(Layer.BORDERS), null, false);
        AtlasQuery widened = FilterWidening.toShow(event("1969-03-02", Category.PIPELINES, "amur-ussuri"), view);
        assertThat(widened.range()).isEqualTo(new YearRange(1969, 2020));
        assertThat(widened.layers()).containsExactlyInAnyOrder(Layer.BORDERS, Layer.PIPELINES);
        assertThat(widened.lang()).isEqualTo(Lang.AR);
        assertThat(widened.eventId()).as("selecting is the view's job, not the rule's").isEqualTo("another-event");
    }

    @Test
    void anEventAfterTheRangeStretchesItsEnd() {
        AtlasQuery view = view(1949, 1951, EnumSet.allOf(Layer.class), null, false);
        assertThat(FilterWidening.toShow(event("2008-10-14", Category.BORDERS, "amur-ussuri"), view).range())
                .isEqualTo(new YearRange(1949, 2008));
    }

    @Test
    void anEventHiddenByTheRegionOrTheDisagreementFilterDropsThoseFilters() {
        AtlasQuery view = view(1945, 2026, EnumSet.allOf(Layer.class), "arctic", true);
        AtlasQuery widened = FilterWidening.toShow(event("1950-02-14", Category.DIPLOMACY, "amur-ussuri"), view);
        assertThat(widened.regionId()).isNull();
        assertThat(widened.onlyDisagreements()).isFalse();
        assertThat(widened.range()).isEqualTo(YearRange.ALL);
        assertThat(widened.layers()).isEqualTo(EnumSet.allOf(Layer.class));
    }

    @Test
    void anEventWithoutALayerSwitchesNoLayerOn() {
        AtlasQuery view = view(1945, 1960, EnumSet.noneOf(Layer.class), null, false);
        AtlasQuery widened = FilterWidening.toShow(event("1991-05-16", Category.DIPLOMACY, "amur-ussuri"), view);
        assertThat(widened.layers()).isEmpty();
        assertThat(widened.range()).isEqualTo(new YearRange(1945, 1991));
    }
}
