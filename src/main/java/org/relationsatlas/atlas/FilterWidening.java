package org.relationsatlas.atlas;

import java.util.EnumSet;
import java.util.Set;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;

/**
 * The rule for showing an event the filters hide (a search result, chosen): widen them just enough.
 * Its year joins the range, its layer is switched on, and the region and disagreement filters are
 * dropped; everything else stays as the user set it.
 */
final class FilterWidening {

    private FilterWidening() {
    }

    /** The view that shows {@code found}: {@code query} itself when it already does. */
    static AtlasQuery toShow(AtlasEvent found, AtlasQuery query) {
        if (query.eventFilter().accepts(found)) {
            return query;
        }
        YearRange range = query.range();
        int year = found.date().year();
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        layers.addAll(query.layers());
        found.category().layer().ifPresent(layers::add);
        return query.withRange(new YearRange(Math.min(range.from(), year), Math.max(range.to(), year)))
                .withLayers(layers).withRegion(null).withOnlyDisagreements(false);
    }
}
