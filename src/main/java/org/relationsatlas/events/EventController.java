package org.relationsatlas.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.relationsatlas.api.AcceptedTypes;
import org.relationsatlas.api.BadRequestException;
import org.relationsatlas.api.JsonAnswerCache;
import org.relationsatlas.api.RequestParameters;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.regions.RegionService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * GET /api/events?from=&to=&layers=&region=&disagreements=only: the events the panel would show, as JSON.
 * The list of a filter changes only when the dataset is reloaded, so it is kept serialised and gzipped
 * ({@link JsonAnswerCache}) with an ETag, instead of being built and compressed again on every request.
 */
@RestController
public class EventController {

    private final EventService events;
    private final RegionService regions;
    private final JsonAnswerCache answers;
    private final AcceptedTypes accepted;

    public EventController(EventService events, RegionService regions, JsonAnswerCache answers,
            AcceptedTypes accepted) {
        this.events = events;
        this.regions = regions;
        this.answers = answers;
        this.accepted = accepted;
    }

    @GetMapping("/api/events")
    public ResponseEntity<byte[]> events(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String layers,
            @RequestParam(required = false) String disagreements,
            @RequestParam(required = false) String region,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
            NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        EventFilter filter = filter(from, to, layers, disagreements, region);
        accepted.require(request, MediaType.APPLICATION_JSON);
        return answers.answer(filter, () -> list(filter))
                .answer(acceptEncoding, CacheControl.maxAge(5, TimeUnit.MINUTES));
    }

    private List<EventJson> list(EventFilter filter) {
        return events.eventsFor(filter).stream().map(EventJson::of).toList();
    }

    /** The request's parameters, checked, as the filter that is also the key of the kept answer. */
    private EventFilter filter(String from, String to, String layers, String disagreements, String region) {
        if (disagreements != null && !"only".equals(disagreements)) {
            throw new BadRequestException("'disagreements' can only be 'only', got '" + disagreements + "'");
        }
        String regionId = region == null || region.isBlank() ? null : region;
        if (regionId != null && regions.region(regionId).isEmpty()) {
            throw new BadRequestException("unknown region '" + regionId + "'; see /api/regions.geojson");
        }
        return new EventFilter(RequestParameters.yearRange(from, to), visibleLayers(layers), regionId,
                disagreements != null);
    }

    /** A comma-separated list of layer ids; missing means all layers. */
    static Set<Layer> visibleLayers(String layers) {
        if (layers == null) {
            return EnumSet.allOf(Layer.class);
        }
        Set<Layer> result = EnumSet.noneOf(Layer.class);
        for (String id : layers.split(",", -1)) {
            if (id.isBlank()) {
                continue;
            }
            result.add(Layer.byId(id.strip()).orElseThrow(() -> new BadRequestException(
                    Layer.unknownLayerMessage(id.strip()))));
        }
        return result;
    }
}
