package org.relationsatlas.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.sources.Source;
import org.relationsatlas.years.YearRange;

/**
 * A dated event of China–Russia relations, as the panel shows it.
 *
 * @param moments      its dates with their kinds, in time order; the first is the main date
 * @param regionIds    regions it belongs to
 * @param featureIds   map features the event is about, its place among them (layer {@code places})
 * @param seed         where one of the two Arabic source texts mentions it, or null
 * @param disagreement where a seed (or sources among themselves) tell it differently, or null
 * @param noPlace      the event has no single place on the map (a year's trade, a statement with no venue,
 *                     a place off the map); its card says so
 */
public record AtlasEvent(
        String id,
        Category category,
        List<EventMoment> moments,
        Bilingual title,
        Bilingual summary,
        List<String> regionIds,
        List<String> featureIds,
        List<Source> sources,
        SeedMention seed,
        Disagreement disagreement,
        boolean noPlace) {

    /** Which seed text mentions the event ("000" or "001"), and its words, quoted exactly. */
    public record SeedMention(String text, String quoteAr) {
    }

    /**
     * Two versions of a fact.
     *
     * @param source who tells the other version: "seed-000", "seed-001" or "sources"
     */
    public record Disagreement(String source, Bilingual claim, Bilingual sourcesSay, Bilingual note) {
        public boolean isWithASeed() {
            return source.startsWith("seed-");
        }
    }

    public AtlasEvent {
        if (moments.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no date");
        }
        moments = List.copyOf(moments);
        regionIds = List.copyOf(regionIds);
        featureIds = List.copyOf(featureIds);
        sources = List.copyOf(sources);
    }

    /** The main date: sorting, the card's first line. */
    public EventDate date() {
        return moments.getFirst().date();
    }

    public Optional<SeedMention> seedMention() {
        return Optional.ofNullable(seed);
    }

    public Optional<Disagreement> disagreementIfAny() {
        return Optional.ofNullable(disagreement);
    }

    /**
     * Shown for the range and visible layers: one of its dates lies in the range (a treaty signed in
     * 1950 that expired in 1980 belongs to both years), and its layer, if it has one, is on.
     */
    public boolean isShownFor(YearRange range, Set<Layer> visibleLayers) {
        return moments.stream().anyMatch(moment -> range.contains(moment.date().year()))
                && category.layer().map(visibleLayers::contains).orElse(true);
    }
}
