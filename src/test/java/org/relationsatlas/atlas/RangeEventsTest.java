package org.relationsatlas.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.map.AtlasMap;
import org.relationsatlas.years.YearRange;
import org.springframework.boot.test.context.SpringBootTest;

/** The year slider's and the timeline's events as the browser sends them: real ranges move the atlas, others are ignored. */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class RangeEventsTest extends SpringBrowserlessTest {

    @BeforeEach
    void openTheAtlasAt1950() {
        UI.getCurrent().navigate("", QueryParameters.fromString("from=1950&to=1950&lang=en"));
    }

    private void slide(int from, int to) {
        YearRangeSlider slider = $(YearRangeSlider.class).single();
        ComponentUtil.fireEvent(slider, new SliderRangeChangeEvent(slider, true, from, to));
    }

    private void brush(int from, int to, boolean playing) {
        TimelineStrip timeline = $(TimelineStrip.class).single();
        ComponentUtil.fireEvent(timeline, new TimelineRangeChangeEvent(timeline, true, from, to, playing));
    }

    private YearRange mapYears() {
        AtlasMap map = $(AtlasMap.class).single();
        return new YearRange(map.state().from(), map.state().to());
    }

    @Test
    void aRangeFromTheSliderMovesMapTimelineAndSlider() {
        slide(1969, 1991);
        assertThat(mapYears()).isEqualTo(new YearRange(1969, 1991));
        assertThat($(TimelineStrip.class).single().state().from()).isEqualTo(1969);
        assertThat($(YearRangeSlider.class).single().getValue()).isEqualTo(new YearRange(1969, 1991));
    }

    @Test
    void rangesOutsideThePeriodOrBackwardsAreIgnored() {
        slide(1900, 1960);
        slide(1960, 2030);
        slide(1980, 1970);
        brush(0, 0, false);
        brush(1991, 1969, false);
        assertThat(mapYears()).isEqualTo(new YearRange(1950, 1950));
        assertThat($(YearRangeSlider.class).single().getValue()).isEqualTo(new YearRange(1950, 1950));
    }

    @Test
    void aPlayStepMarksThePlayedYearOnTheTradeChartUntilPaused() {
        brush(2001, 2003, true);
        assertThat(mapYears()).isEqualTo(new YearRange(2001, 2003));
        TimelineStrip timeline = $(TimelineStrip.class).single();
        assertThat(timeline.isPlaying()).isTrue();
        assertThat($(TradeChart.class).single().state().current()).isEqualTo(2003);
        ComponentUtil.fireEvent(timeline, new TimelinePauseEvent(timeline, true));
        assertThat(timeline.isPlaying()).isFalse();
        assertThat($(TradeChart.class).single().state().current()).isNull();
        brush(2004, 2006, false);
        assertThat($(TradeChart.class).single().state().current()).isNull();
    }
}
