package org.relationsatlas.events;

import java.util.List;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.sources.Source;

/**
 * The API's view of an event: its dates with kind and precision spelled out; {@code noPlace} when it has no
 * single place on the map.
 */
public record EventJson(
        String id,
        List<DateJson> dates,
        String category,
        String layer,
        Bilingual title,
        Bilingual summary,
        List<String> regions,
        List<String> features,
        boolean noPlace,
        List<Source> sources,
        AtlasEvent.SeedMention seed,
        AtlasEvent.Disagreement disagreement) {

    /** One date: e.g. {"kind": "signed", "date": "1950-02-14", "precision": "day", "approximate": false}. */
    public record DateJson(String kind, String date, String precision, boolean approximate) {
    }

    static EventJson of(AtlasEvent event) {
        return new EventJson(
                event.id(),
                event.moments().stream().map(moment -> new DateJson(moment.kind().id(), moment.date().iso(),
                        moment.date().precision().name().toLowerCase(), moment.approximate())).toList(),
                event.category().id(),
                event.category().layer().map(layer -> layer.id()).orElse(null),
                event.title(),
                event.summary(),
                event.regionIds(),
                event.featureIds(),
                event.noPlace(),
                event.sources(),
                event.seed(),
                event.disagreement());
    }
}
