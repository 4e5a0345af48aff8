package org.relationsatlas.classroom;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;

/** The presenter pressed N: show or hide the presenter notes ("presenter-notes"). */
@DomEvent("presenter-notes")
public class PresenterNotesEvent extends ComponentEvent<Presenter> {

    public PresenterNotesEvent(Presenter source, boolean fromClient) {
        super(source, fromClient);
    }
}
