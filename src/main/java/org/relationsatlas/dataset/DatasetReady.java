package org.relationsatlas.dataset;

import org.springframework.context.ApplicationEvent;

/** Published once the dataset in H2 is current, before the web server starts: data that refers to it can load now. */
public class DatasetReady extends ApplicationEvent {

    public DatasetReady(Object source) {
        super(source);
    }
}
