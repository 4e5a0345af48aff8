package org.relationsatlas.events;

import java.util.EnumSet;
import java.util.Set;

import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;

/**
 * Which events to list: a year range, the visible layers, optionally a region and only those where
 * sources disagree.
 *
 * @param regionId a region id, or null for everywhere
 */
public record EventFilter(YearRange range, Set<Layer> layers, String regionId, boolean onlyDisagreements) {

    public EventFilter {
        layers = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    }

    public static EventFilter of(YearRange range, Set<Layer> layers) {
        return new EventFilter(range, layers, null, false);
    }

    /** The same filter over other years (the timeline counts events of every year). */
    public EventFilter withRange(YearRange other) {
        return new EventFilter(other, layers, regionId, onlyDisagreements);
    }

    public boolean accepts(AtlasEvent event) {
        return event.isShownFor(range, layers)
                && (regionId == null || event.regionIds().contains(regionId))
                && (!onlyDisagreements || event.disagreement() != null);
    }
}
