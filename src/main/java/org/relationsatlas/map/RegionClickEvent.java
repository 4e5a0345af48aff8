package org.relationsatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A region outline on the map was clicked (where no feature was); carries only its id. */
@DomEvent("atlas-region-click")
public class RegionClickEvent extends ComponentEvent<AtlasMap> {

    private final String regionId;

    public RegionClickEvent(AtlasMap source, boolean fromClient, @EventData("event.detail.regionId") String regionId) {
        super(source, fromClient);
        this.regionId = regionId;
    }

    public String regionId() {
        return regionId;
    }
}
