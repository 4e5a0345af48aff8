package org.relationsatlas.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.relationsatlas.layers.Layer;
import org.relationsatlas.sources.Source;
import org.relationsatlas.years.YearRange;

/**
 * A dated event of China–Russia relations, as the panel shows it.
 *
 * @param featureIds map features the event is about
 * @param conflict   where a seed text says something else than the public sources; null when they agree
 */
public record AtlasEvent(
        String id,
        EventDate date,
        Category category,
        Text title,
        Text summary,
        List<String> featureIds,
        List<Source> sources,
        SeedConflict conflict) {

    /** A text in English and Arabic. */
    public record Text(String en, String ar) {
        public String in(String language) {
            return "ar".equals(language) ? ar : en;
        }
    }

    /** A seed's claim (in its own Arabic words) and what the public sources say instead. */
    public record SeedConflict(String seedClaimAr, Text note) {
    }

    public AtlasEvent {
        featureIds = List.copyOf(featureIds);
        sources = List.copyOf(sources);
    }

    public Optional<SeedConflict> seedConflict() {
        return Optional.ofNullable(conflict);
    }

    /** Shown for the range and visible layers: in the range, and its layer (if it has one) is on. */
    public boolean isShownFor(YearRange range, Set<Layer> visibleLayers) {
        return range.contains(date.year()) && category.layer().map(visibleLayers::contains).orElse(true);
    }
}
