package org.relationsatlas.layers;

/** From {@code from} on (until the next phase), the feature had this status. */
public record FeaturePhase(int from, FeatureStatus status) {
}
