package org.relationsatlas.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.relationsatlas.layers.FeaturePhase;
import org.relationsatlas.layers.FeatureStatus;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.layers.MapFeature;
import org.relationsatlas.years.YearRange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads layers/*.geojson: map features with names, status over time, regions and sources. */
final class FeatureReader {

    private static final Set<String> PROPERTIES = new LinkedHashSet<>(List.of("name_en", "name_ar", "name_ru",
            "name_zh", "phases", "until", "approximate", "geometry_note", "regions", "sources"));
    private static final Set<String> PHASE_FIELDS = new LinkedHashSet<>(List.of("from", "status"));
    /** Slack for shapes drawn up to a region's edge, in degrees. */
    private static final double REGION_TOLERANCE = 0.01;

    private final JsonMapper json;
    private final Map<String, Geometry> regionAreas;
    /** Feature ids across all layers, so events can link to them. */
    final Set<String> ids = new HashSet<>();

    FeatureReader(JsonMapper json, Map<String, Geometry> regionAreas) {
        this.json = json;
        this.regionAreas = regionAreas;
    }

    static String file(Layer layer) {
        return "layers/" + layer.id() + ".geojson";
    }

    List<MapFeature> read(Layer layer, JsonNode collection, List<DatasetProblem> problems) {
        return GeoJsonFeatures.each(file(layer), collection, problems, (feature, properties) -> {
            String id = feature.readId(ids);
            Geometry geometry = feature.geometry();
            properties.rejectUnknownFields(PROPERTIES);
            MapFeature.Names names = new MapFeature.Names(
                    properties.requiredText("name_en", DatasetLimits.NAME_MAX, Row.Script.LATIN),
                    properties.requiredText("name_ar", DatasetLimits.NAME_MAX, Row.Script.ARABIC),
                    properties.optionalText("name_ru", DatasetLimits.NAME_MAX, Row.Script.ANY),
                    properties.optionalText("name_zh", DatasetLimits.NAME_MAX, Row.Script.ANY));
            List<FeaturePhase> phases = readPhases(properties);
            Integer until = readUntil(properties, phases);
            boolean approximate = properties.optionalBoolean("approximate");
            String note = properties.requiredText("geometry_note", DatasetLimits.NOTE_MAX, Row.Script.ANY);
            List<String> regions = properties.idList("regions", regionAreas.keySet(), "region in regions.geojson");
            if (regions.isEmpty()) {
                properties.problem("regions", "needs at least one region");
            } else if (geometry != null) {
                checkInsideRegions(feature, geometry, regions);
            }
            var sources = SourceFields.read(properties);
            if (geometry == null) {
                return null;
            }
            return new MapFeature(id, layer, names, phases.isEmpty() ? List.of(new FeaturePhase(0, FeatureStatus.HELD))
                    : phases, until, approximate, note, json.writeValueAsString(feature.get("geometry")), regions, sources);
        });
    }

    private void checkInsideRegions(Row feature, Geometry geometry, List<String> regions) {
        Geometry union = regions.stream().map(regionAreas::get).reduce(Geometry::union).orElseThrow();
        if (!union.buffer(REGION_TOLERANCE).covers(geometry)) {
            Geometry outside = geometry.difference(union);
            var at = outside.isEmpty() ? null : outside.getCoordinate();
            feature.problem("geometry", "lies outside its regions " + regions
                    + (at == null ? "" : " (e.g. at " + at.x + ", " + at.y + ")"));
        }
    }

    private static Integer readUntil(Row properties, List<FeaturePhase> phases) {
        Integer until = properties.optionalInt("until");
        if (until != null && !YearRange.isInPeriod(until)) {
            properties.problem("until", until + " lies outside " + YearRange.EARLIEST + "–" + YearRange.LATEST);
        } else if (until != null && !phases.isEmpty() && until < phases.getFirst().from()) {
            properties.problem("until", until + " is before the first phase (" + phases.getFirst().from() + ")");
        }
        return until;
    }

    private static List<FeaturePhase> readPhases(Row properties) {
        List<FeaturePhase> phases = new ArrayList<>();
        List<JsonNode> nodes = properties.array("phases");
        if (nodes.isEmpty()) {
            properties.problem("phases", "needs at least one {from, status}");
        }
        int index = 0;
        for (JsonNode node : nodes) {
            Row phase = properties.element("phases", index++, node);
            phase.rejectUnknownFields(PHASE_FIELDS);
            Integer from = phase.optionalInt("from");
            String statusText = phase.requiredText("status", 30, Row.Script.ANY);
            FeatureStatus status = statusText == null ? null : FeatureStatus.byId(statusText).orElse(null);
            if (statusText != null && status == null) {
                phase.problem("status", "unknown status '" + statusText + "'");
            }
            if (from == null) {
                phase.problem("from", "missing year");
            } else if (from < DatasetLimits.EARLIEST_PHASE_YEAR || from > YearRange.LATEST) {
                phase.problem("from", from + " lies outside " + DatasetLimits.EARLIEST_PHASE_YEAR + "–"
                        + YearRange.LATEST);
            } else if (!phases.isEmpty() && from <= phases.getLast().from()) {
                phase.problem("from", from + " does not come after the previous phase (" + phases.getLast().from() + ")");
            } else if (status != null) {
                phases.add(new FeaturePhase(from, status));
            }
        }
        return phases;
    }
}
