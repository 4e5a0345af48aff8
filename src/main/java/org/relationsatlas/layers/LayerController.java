package org.relationsatlas.layers;

import java.util.concurrent.TimeUnit;

import org.relationsatlas.api.NotFoundException;
import org.relationsatlas.api.RequestParameters;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ObjectNode;

/** GET /api/layers/{layer}.geojson?from=YYYY&to=YYYY: the map fetches its overlays here. */
@RestController
public class LayerController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final LayerService layers;

    public LayerController(LayerService layers) {
        this.layers = layers;
    }

    @GetMapping("/api/layers/{layer}.geojson")
    public ResponseEntity<ObjectNode> layer(
            @PathVariable String layer,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Layer known = Layer.byId(layer).orElseThrow(() -> new NotFoundException(Layer.unknownLayerMessage(layer)));
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES))
                .body(layers.featureCollection(known, RequestParameters.yearRange(from, to)));
    }
}
