package org.relationsatlas.events;

import java.util.Arrays;
import java.util.Optional;

import org.relationsatlas.layers.Layer;

/**
 * What an event is about. Four categories are map layers: their events hide with the layer;
 * diplomacy and trade have no layer and are always listed.
 */
public enum Category {
    DIPLOMACY("diplomacy", null),
    MULTILATERAL("multilateral", null),
    ENERGY("energy", null),
    TECHNOLOGY("technology", null),
    CONFLICT("conflict", null),
    BORDERS("borders", Layer.BORDERS),
    PIPELINES("pipelines", Layer.PIPELINES),
    RAILWAYS("railways", Layer.RAILWAYS),
    EXERCISES("exercises", Layer.EXERCISES),
    TRADE("trade", null);

    private final String id;
    private final Layer layer;

    Category(String id, Layer layer) {
        this.id = id;
        this.layer = layer;
    }

    public String id() {
        return id;
    }

    public Optional<Layer> layer() {
        return Optional.ofNullable(layer);
    }

    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(category -> category.id.equals(id)).findFirst();
    }
}
