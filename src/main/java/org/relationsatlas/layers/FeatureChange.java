package org.relationsatlas.layers;

/**
 * How a feature differs between two years of a comparison.
 *
 * @param before its status in the first year, or null when it did not exist then
 * @param after  its status in the second year, or null when it no longer (or not yet) existed
 */
public record FeatureChange(MapFeature feature, Kind kind, FeatureStatus before, FeatureStatus after) {

    /** Appeared, changed status, or disappeared, from the first year to the second. */
    public enum Kind { APPEARED, CHANGED, DISAPPEARED }
}
