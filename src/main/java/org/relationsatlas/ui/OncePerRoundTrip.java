package org.relationsatlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Batches a component's state changes into one call to the browser per server round trip: any number
 * of {@link #schedule()} calls before the response lead to one {@code send} just before it is written.
 * Also sends on every attach, so a re-attached element gets its state again.
 */
public final class OncePerRoundTrip {

    private final Component component;
    private final SerializableRunnable send;
    private boolean scheduled;

    public OncePerRoundTrip(Component component, SerializableRunnable send) {
        this.component = component;
        this.send = send;
        component.addAttachListener(attach -> schedule());
    }

    public void schedule() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        component.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(component, context -> {
            scheduled = false;
            send.run();
        }));
    }
}
