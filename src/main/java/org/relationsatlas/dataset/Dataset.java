package org.relationsatlas.dataset;

import java.util.List;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.layers.MapFeature;

/** A validated dataset, ready to store; {@code fingerprint} identifies the files it was read from. */
public record Dataset(List<AtlasEvent> events, List<MapFeature> features, String fingerprint) {
}
