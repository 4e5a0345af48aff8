package org.relationsatlas.layers;

import org.relationsatlas.api.JsonAnswerCache;
import org.relationsatlas.api.NotFoundException;
import org.relationsatlas.api.RequestParameters;
import org.relationsatlas.years.YearRange;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/layers/{layer}.geojson?from=YYYY&to=YYYY: the map fetches its overlays here. Each answer is
 * kept serialised and gzipped with an ETag ({@link JsonAnswerCache}) until the dataset is reloaded, and
 * revalidated by the browser on each opening.
 */
@RestController
public class LayerController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    /** What a layer's answer is kept by. */
    private record LayerAnswer(Layer layer, YearRange years) {
    }

    private final LayerService layers;
    private final JsonAnswerCache answers;

    public LayerController(LayerService layers, JsonAnswerCache answers) {
        this.layers = layers;
        this.answers = answers;
    }

    @GetMapping("/api/layers/{layer}.geojson")
    public ResponseEntity<byte[]> layer(
            @PathVariable String layer,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        Layer known = Layer.byId(layer).orElseThrow(() -> new NotFoundException(Layer.unknownLayerMessage(layer)));
        LayerAnswer key = new LayerAnswer(known, RequestParameters.yearRange(from, to));
        return answers.answer(key, () -> layers.featureCollection(key.layer(), key.years()))
                .answer(acceptEncoding, JsonAnswerCache.REVALIDATED, GEO_JSON);
    }
}
