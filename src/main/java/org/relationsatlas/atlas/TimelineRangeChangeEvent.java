package org.relationsatlas.atlas;

import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The timeline chose a range: brushed, stepped by keyboard, or moved on by the player ({@link #isPlaying()}). */
@DomEvent("range-change")
public class TimelineRangeChangeEvent extends RangeChangeEvent<TimelineStrip> {

    private final boolean playing;

    public TimelineRangeChangeEvent(TimelineStrip source, boolean fromClient, @EventData("event.detail.from") int from,
            @EventData("event.detail.to") int to, @EventData("event.detail.playing") boolean playing) {
        super(source, fromClient, from, to);
        this.playing = playing;
    }

    /** Whether the range is a step of the player running. */
    public boolean isPlaying() {
        return playing;
    }
}
