package org.relationsatlas.map;

import java.io.Serializable;
import java.util.List;

/**
 * What the map shows, sent whole through the element's {@code applyState} once per round trip and
 * again on every attach. The browser's type for it is {@code MapState} in
 * frontend/atlas-map-contract.ts; MapContractTest holds both to the same keys.
 *
 * @param from     first year shown
 * @param to       last year shown
 * @param layers   ids of the visible overlay layers ({@link org.relationsatlas.layers.Layer#id()})
 * @param selected ids of highlighted features
 * @param lang     language of feature names and numerals ("en", "ar")
 * @param region   the chosen region's id, outlined on the map, or null
 */
public record MapState(int from, int to, List<String> layers, List<String> selected, String lang, String region)
        implements Serializable {

    public MapState {
        layers = List.copyOf(layers);
        selected = List.copyOf(selected);
    }
}
