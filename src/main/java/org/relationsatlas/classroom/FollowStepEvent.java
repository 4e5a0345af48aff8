package org.relationsatlas.classroom;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The presenter's window shows another step of the lesson the notes window follows ("follow-step", detail: {step}). */
@DomEvent("follow-step")
public class FollowStepEvent extends ComponentEvent<NotesFollower> {

    private final Integer step;

    public FollowStepEvent(NotesFollower source, boolean fromClient, @EventData("event.detail.step") Integer step) {
        super(source, fromClient);
        this.step = step;
    }

    /** The step's number (from 1); the first step when the browser sent none. */
    public int step() {
        return step == null ? 1 : step;
    }
}
