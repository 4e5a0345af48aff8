package org.relationsatlas.events;

import java.util.List;

import org.relationsatlas.sources.Source;

/** The API's view of an event: flat, with the date's precision spelled out. */
public record EventJson(
        String id,
        String date,
        String precision,
        String category,
        String layer,
        AtlasEvent.Text title,
        AtlasEvent.Text summary,
        List<String> features,
        List<Source> sources,
        AtlasEvent.SeedConflict seedConflict) {

    static EventJson of(AtlasEvent event) {
        return new EventJson(
                event.id(),
                event.date().iso(),
                event.date().precision().name().toLowerCase(),
                event.category().id(),
                event.category().layer().map(layer -> layer.id()).orElse(null),
                event.title(),
                event.summary(),
                event.featureIds(),
                event.sources(),
                event.conflict());
    }
}
