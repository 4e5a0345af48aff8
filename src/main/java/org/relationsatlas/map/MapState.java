package org.relationsatlas.map;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the browser needs to draw the map, sent whole in one call per round trip.
 * Mirrors the MapState interface in frontend/atlas-map.ts.
 *
 * @param layers       ids of the visible overlay layers
 * @param selected     ids of highlighted features
 * @param fitSelection whether to move the map to the selected features in this update
 * @param statusLabels feature statuses ("under-construction"…) in the map's language, for tooltips and the text alternative
 * @param zoomInLabel  names of the zoom buttons in the map's language
 * @param region       the chosen region's id, outlined on the map, or null
 * @param fitRegion    whether to move the map to the region in this update
 * @param camera       where to move the map in this update (a lesson step), or null
 */
public record MapState(
        int from,
        int to,
        List<String> layers,
        List<String> selected,
        boolean fitSelection,
        String lang,
        String ariaLabel,
        Map<String, String> statusLabels,
        String zoomInLabel,
        String zoomOutLabel,
        String region,
        boolean fitRegion,
        MapCamera camera) implements Serializable {

    /** A place to look at: centre (lon, lat in degrees), zoom level, and whether to fly there. */
    public record MapCamera(double lon, double lat, double zoom, boolean animate) implements Serializable {
    }

    public MapState {
        layers = List.copyOf(layers);
        selected = List.copyOf(selected);
        statusLabels = Map.copyOf(statusLabels);
    }
}
