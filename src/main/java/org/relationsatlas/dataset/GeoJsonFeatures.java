package org.relationsatlas.dataset;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Walks the features of a GeoJSON FeatureCollection, one {@link Row} per feature and one for its properties. */
final class GeoJsonFeatures {

    /** Reads one feature; returns null when it had problems (they are recorded in the rows). */
    interface FeatureRead<T> {
        T read(Row feature, Row properties);
    }

    private GeoJsonFeatures() {
    }

    static <T> List<T> each(String file, JsonNode collection, List<DatasetProblem> problems, FeatureRead<T> read) {
        List<T> results = new ArrayList<>();
        if (!"FeatureCollection".equals(collection.path("type").asString(""))
                || !collection.path("features").isArray()) {
            problems.add(new DatasetProblem(file, "", "type",
                    "must be a GeoJSON FeatureCollection with a 'features' array"));
            return results;
        }
        int index = 0;
        for (JsonNode node : collection.get("features")) {
            index++;
            String id = node.path("id").asString("");
            Row feature = new Row(file, "feature " + index + (id.isEmpty() ? "" : " (id '" + id + "')"), node, problems);
            if (!"Feature".equals(node.path("type").asString(""))) {
                feature.problem("type", "must be \"Feature\"");
                continue;
            }
            if (!node.path("properties").isObject()) {
                feature.problem("properties", "missing or not an object");
                continue;
            }
            Row properties = new Row(file, feature.location(), node.path("properties"), problems);
            int before = feature.problemCount();
            T result = read.read(feature, properties);
            if (result != null && feature.problemCount() == before) {
                results.add(result);
            }
        }
        return results;
    }
}
