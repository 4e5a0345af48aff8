package org.relationsatlas.dataset;

import java.util.List;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.layers.BaseMapChange;
import org.relationsatlas.layers.MapFeature;
import org.relationsatlas.regions.Region;
import org.relationsatlas.trade.TradeYear;

/** A validated dataset, ready to store; {@code fingerprint} identifies the files it was read from. */
public record Dataset(List<Region> regions, List<MapFeature> features, List<AtlasEvent> events,
        List<TradeYear> trade, List<BaseMapChange> baseMap, String fingerprint) {
}
