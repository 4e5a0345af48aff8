package org.relationsatlas.atlas;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;

/** The timeline's player was paused, or stopped at the last year ("play-change", detail: {playing: false}). */
@DomEvent("play-change")
public class TimelinePauseEvent extends ComponentEvent<TimelineStrip> {

    public TimelinePauseEvent(TimelineStrip source, boolean fromClient) {
        super(source, fromClient);
    }
}
