package org.relationsatlas.regions;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** GET /api/regions.geojson: the regions to explore by, as an RFC 7946 FeatureCollection. */
@RestController
public class RegionController {

    private final RegionRepository regions;
    private final JsonMapper json;

    public RegionController(RegionRepository regions, JsonMapper json) {
        this.regions = regions;
        this.json = json;
    }

    @GetMapping("/api/regions.geojson")
    public ResponseEntity<ObjectNode> regions() {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Region region : regions.findAll()) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", region.id());
            feature.set("geometry", json.readTree(region.geometryJson()));
            feature.putObject("properties").put("name_en", region.name().en()).put("name_ar", region.name().ar());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES))
                .body(collection);
    }
}
