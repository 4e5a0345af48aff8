package org.relationsatlas.api;

import org.springframework.context.ApplicationEvent;

/**
 * Published once the data the API serves has changed in the database (the dataset was reloaded):
 * answers kept from before, such as the {@link JsonAnswerCache}'s, are stale. It lives here, not in
 * the dataset package, so the features that serve data can hear it without depending on the loader.
 */
public class ServedDataChanged extends ApplicationEvent {

    public ServedDataChanged(Object source) {
        super(source);
    }
}
