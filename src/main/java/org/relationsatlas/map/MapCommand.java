package org.relationsatlas.map;

import java.io.Serializable;
import java.util.List;

/**
 * A one-time instruction to the map, sent once after the state in the same round trip, in the order
 * given, and never again (a fit must not pull the user back on a later update or a re-attach). Each
 * kind has its own function on the element; the browser's types are in frontend/atlas-map-contract.ts
 * ({@code MapCommands}), and MapContractTest holds both to the same keys.
 */
public sealed interface MapCommand extends Serializable {

    /** The element's function that carries the command out; it receives the command as its argument. */
    String function();

    /** Moves the map to show these features (those of them drawn in the years shown). */
    record FitToFeatures(List<String> featureIds) implements MapCommand {

        public FitToFeatures {
            featureIds = List.copyOf(featureIds);
        }

        @Override
        public String function() {
            return "fitToFeatures";
        }
    }

    /** Moves the map to show this region's outline. */
    record FitToRegion(String regionId) implements MapCommand {

        @Override
        public String function() {
            return "fitToRegion";
        }
    }

    /** Moves the map to a camera; with {@code animate}, it flies there (unless the user asked for reduced motion). */
    record FlyTo(MapCamera camera, boolean animate) implements MapCommand {

        @Override
        public String function() {
            return "flyTo";
        }
    }
}
