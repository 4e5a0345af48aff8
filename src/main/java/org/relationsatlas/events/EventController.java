package org.relationsatlas.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.relationsatlas.api.BadRequestException;
import org.relationsatlas.api.RequestParameters;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.regions.RegionService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/events?from=&to=&layers=&region=&disagreements=only: the events the panel would show, as JSON. */
@RestController
public class EventController {

    private final EventService events;
    private final RegionService regions;

    public EventController(EventService events, RegionService regions) {
        this.events = events;
        this.regions = regions;
    }

    @GetMapping("/api/events")
    public List<EventJson> events(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String layers,
            @RequestParam(required = false) String disagreements,
            @RequestParam(required = false) String region) {
        if (disagreements != null && !"only".equals(disagreements)) {
            throw new BadRequestException("'disagreements' can only be 'only', got '" + disagreements + "'");
        }
        String regionId = region == null || region.isBlank() ? null : region;
        if (regionId != null && regions.region(regionId).isEmpty()) {
            throw new BadRequestException("unknown region '" + regionId + "'; see /api/regions.geojson");
        }
        return events.eventsFor(new EventFilter(RequestParameters.yearRange(from, to), visibleLayers(layers),
                        regionId, disagreements != null))
                .stream()
                .map(EventJson::of)
                .toList();
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
