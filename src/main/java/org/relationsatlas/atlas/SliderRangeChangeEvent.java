package org.relationsatlas.atlas;

import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The year slider's handles were released (or stepped by keyboard) on a range. */
@DomEvent("range-change")
public class SliderRangeChangeEvent extends RangeChangeEvent<YearRangeSlider> {

    public SliderRangeChangeEvent(YearRangeSlider source, boolean fromClient,
            @EventData("event.detail.from") int from, @EventData("event.detail.to") int to) {
        super(source, fromClient, from, to);
    }
}
