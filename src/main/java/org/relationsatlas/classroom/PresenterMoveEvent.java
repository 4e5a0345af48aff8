package org.relationsatlas.classroom;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A presenter key or clicker asks for another step ("presenter-step", detail: {to: 'next' | 'previous' | 'first' | 'last'}). */
@DomEvent("presenter-step")
public class PresenterMoveEvent extends ComponentEvent<Presenter> {

    private final String to;

    public PresenterMoveEvent(Presenter source, boolean fromClient, @EventData("event.detail.to") String to) {
        super(source, fromClient);
        this.to = to;
    }

    /** Where to go; empty when the browser named no move the presenter knows. */
    Optional<Presenter.Move> move() {
        return Arrays.stream(Presenter.Move.values()).filter(move -> move.name().equalsIgnoreCase(to)).findFirst();
    }
}
