package org.relationsatlas.regions;

import org.relationsatlas.api.JsonAnswerCache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GET /api/regions.geojson: the regions to explore by, as an RFC 7946 FeatureCollection, kept serialised
 * and gzipped with an ETag until the dataset is reloaded ({@link JsonAnswerCache}), revalidated on each opening.
 */
@RestController
public class RegionController {

    private final RegionRepository regions;
    private final JsonMapper json;
    private final JsonAnswerCache answers;

    public RegionController(RegionRepository regions, JsonMapper json, JsonAnswerCache answers) {
        this.regions = regions;
        this.json = json;
        this.answers = answers;
    }

    @GetMapping("/api/regions.geojson")
    public ResponseEntity<byte[]> regions(
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        return answers.answer(RegionController.class, this::featureCollection)
                .answer(acceptEncoding, JsonAnswerCache.REVALIDATED, MediaType.parseMediaType("application/geo+json"));
    }

    private ObjectNode featureCollection() {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Region region : regions.findAll()) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", region.id());
            feature.set("geometry", json.readTree(region.geometryJson()));
            feature.putObject("properties").put("name_en", region.name().en()).put("name_ar", region.name().ar());
        }
        return collection;
    }
}
