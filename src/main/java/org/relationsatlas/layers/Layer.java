package org.relationsatlas.layers;

import java.util.Arrays;
import java.util.Optional;

/** The five overlay layers of the map, in legend order; {@code places} are where events happened. */
public enum Layer {
    BORDERS("borders"),
    PIPELINES("pipelines"),
    RAILWAYS("railways"),
    EXERCISES("exercises"),
    /** Where events were signed, held or happened (a city, a venue): one point each. */
    PLACES("places");

    private final String id;

    Layer(String id) {
        this.id = id;
    }

    /** The id used in URLs, file names and the database. */
    public String id() {
        return id;
    }

    /** Every layer's id, in legend order: "borders, pipelines, railways, exercises, places". */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Layer::id).toList());
    }

    /** What to tell someone who asked for a layer that does not exist. */
    public static String unknownLayerMessage(String id) {
        return "unknown layer '" + id + "'; layers are " + ids();
    }

    public static Optional<Layer> byId(String id) {
        return Arrays.stream(values()).filter(layer -> layer.id.equals(id)).findFirst();
    }
}
