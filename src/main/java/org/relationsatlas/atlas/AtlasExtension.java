package org.relationsatlas.atlas;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Extra controls for an atlas view, supplied by another feature as a Spring bean (the classroom's
 * "Add current view as step"). The atlas owns this interface and never knows who implements it.
 */
public interface AtlasExtension {

    /** Controls to show above the map of this view, or empty when this view needs none. */
    Optional<Component> controlsFor(AtlasViewContext view);
}
