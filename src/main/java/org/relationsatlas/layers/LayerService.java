package org.relationsatlas.layers;

import java.util.List;
import java.util.Optional;

import org.relationsatlas.years.YearRange;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The features of a layer that existed in a year range, as an RFC 7946 FeatureCollection. */
@Service
public class LayerService {

    private final FeatureRepository repository;
    private final JsonMapper json;

    public LayerService(FeatureRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** The names of the feature with this id, on any layer; empty when there is none. */
    public Optional<MapFeature.Names> names(String id) {
        return repository.findNames(id);
    }

    public List<MapFeature> featuresIn(Layer layer, YearRange range) {
        return repository.findByLayer(layer).stream().filter(feature -> feature.existsDuring(range)).toList();
    }

    /**
     * Each feature carries its status in the last year of the range it existed in, so the map can
     * style a pipeline under construction differently from one in operation. It also carries its
     * phases and last year, so the map can follow another year range (the timeline playing) from
     * one download, without fetching the layer again for every year.
     */
    public ObjectNode featureCollection(Layer layer, YearRange range) {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (MapFeature feature : featuresIn(layer, range)) {
            ObjectNode node = features.addObject().put("type", "Feature").put("id", feature.id());
            node.set("geometry", geometry(feature));
            ObjectNode properties = node.putObject("properties")
                    .put("layer", layer.id())
                    .put("name_en", feature.names().en())
                    .put("name_ar", feature.names().ar())
                    .put("status", feature.statusDuring(range).id())
                    .put("approximate", feature.approximate())
                    .put("first_year", feature.firstYear())
                    .putPOJO("until", feature.until());
            ArrayNode phases = properties.putArray("phases");
            for (FeaturePhase phase : feature.phases()) {
                phases.addObject().put("from", phase.from()).put("status", phase.status().id());
            }
        }
        return collection;
    }

    /**
     * What changed on these layers from year {@code first} to year {@code second}: features that
     * appeared, changed status or disappeared, in layer and dataset order.
     */
    public List<FeatureChange> changesBetween(java.util.Collection<Layer> layers, int first, int second) {
        YearRange before = new YearRange(first, first);
        YearRange after = new YearRange(second, second);
        List<FeatureChange> changes = new java.util.ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (!layers.contains(layer)) {
                continue;
            }
            for (MapFeature feature : repository.findByLayer(layer)) {
                FeatureStatus then = feature.existsDuring(before) ? feature.statusIn(first) : null;
                FeatureStatus now = feature.existsDuring(after) ? feature.statusIn(second) : null;
                if (then == null && now != null) {
                    changes.add(new FeatureChange(feature, FeatureChange.Kind.APPEARED, null, now));
                } else if (then != null && now == null) {
                    changes.add(new FeatureChange(feature, FeatureChange.Kind.DISAPPEARED, then, null));
                } else if (then != null && then != now) {
                    changes.add(new FeatureChange(feature, FeatureChange.Kind.CHANGED, then, now));
                }
            }
        }
        return changes;
    }

    private JsonNode geometry(MapFeature feature) {
        return json.readTree(feature.geometryJson());
    }
}
