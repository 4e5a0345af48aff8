package org.relationsatlas.dataset;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.regions.Region;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads regions.geojson: the regions events and features belong to, with their areas for the bounds check. */
final class RegionReader {

    static final String FILE = "regions.geojson";
    private static final Set<String> PROPERTIES = Set.of("name_en", "name_ar");

    private final JsonMapper json;
    /** Each region's area, by id, in file order. */
    final Map<String, Geometry> areas = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    RegionReader(JsonMapper json) {
        this.json = json;
    }

    List<Region> read(JsonNode collection, List<DatasetProblem> problems) {
        return GeoJsonFeatures.each(FILE, collection, problems, (feature, properties) -> {
            String id = feature.readId(ids);
            Geometry area = feature.geometry();
            properties.rejectUnknownFields(PROPERTIES);
            String nameEn = properties.requiredText("name_en", DatasetLimits.NAME_MAX, Row.Script.LATIN);
            String nameAr = properties.requiredText("name_ar", DatasetLimits.NAME_MAX, Row.Script.ARABIC);
            if (area != null && area.getDimension() != 2) {
                feature.problem("geometry", "a region must be a Polygon or MultiPolygon");
            }
            if (id == null || area == null || nameEn == null || nameAr == null) {
                return null;
            }
            areas.put(id, area);
            return new Region(id, new Bilingual(nameEn, nameAr), json.writeValueAsString(feature.get("geometry")));
        });
    }
}
