package org.relationsatlas.map;

import java.io.Serializable;
import java.util.Map;

/**
 * The map's own words in the UI's language: its accessible label, feature statuses
 * ("under-construction" → "under construction", for tooltips and the text alternative) and its
 * zoom buttons. Sent apart from the state, through the element's {@code setLabels}, when they
 * change and on every attach; the browser's type for it is {@code MapLabels} in
 * frontend/atlas-map-contract.ts.
 */
public record MapTexts(String ariaLabel, Map<String, String> statusLabels, String zoomIn, String zoomOut)
        implements Serializable {

    public MapTexts {
        statusLabels = Map.copyOf(statusLabels);
    }
}
