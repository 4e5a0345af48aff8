package org.relationsatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A feature on the map was clicked; carries only its id, the server looks up the rest. */
@DomEvent("atlas-feature-click")
public class FeatureClickEvent extends ComponentEvent<AtlasMap> {

    private final String featureId;

    public FeatureClickEvent(AtlasMap source, boolean fromClient,
            @EventData("event.detail.featureId") String featureId) {
        super(source, fromClient);
        this.featureId = featureId;
    }

    public String featureId() {
        return featureId;
    }
}
