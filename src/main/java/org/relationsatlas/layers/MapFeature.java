package org.relationsatlas.layers;

import java.util.List;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.sources.Source;
import org.relationsatlas.years.YearRange;

/**
 * A border section, route or area drawn on the map.
 *
 * @param phases       status over time, ordered by year; the first phase is when the feature appears
 * @param until        the last year it existed, or null when it still exists
 * @param geometryJson its GeoJSON geometry (WGS 84 lon/lat), kept as text: the map draws it, the server never edits it
 * @param regionIds    regions it lies in
 */
public record MapFeature(
        String id,
        Layer layer,
        Names names,
        List<FeaturePhase> phases,
        Integer until,
        boolean approximate,
        String geometryNote,
        String geometryJson,
        List<String> regionIds,
        List<Source> sources) {

    /** Names in the atlas's languages; Russian and Chinese may be null. */
    public record Names(String en, String ar, String ru, String zh) {

        /** The name in the atlas's language. */
        public String in(Lang lang) {
            return new Bilingual(en, ar).in(lang);
        }
    }

    public MapFeature {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("feature " + id + " has no phases");
        }
        phases = List.copyOf(phases);
        regionIds = List.copyOf(regionIds);
        sources = List.copyOf(sources);
    }

    public int firstYear() {
        return phases.getFirst().from();
    }

    public boolean existsDuring(YearRange range) {
        return range.overlaps(firstYear(), until);
    }

    /**
     * The status in the last year of the range it existed in: what the map draws for the range.
     * The browser applies the same rule (statusDuring in frontend/feature-years.ts; FeatureYearRulesTest).
     */
    public FeatureStatus statusDuring(YearRange range) {
        return statusIn(until == null ? range.to() : Math.min(range.to(), until));
    }

    /** The status in {@code year}; before the first phase, the first phase's status. */
    public FeatureStatus statusIn(int year) {
        FeatureStatus status = phases.getFirst().status();
        for (FeaturePhase phase : phases) {
            if (phase.from() <= year) {
                status = phase.status();
            }
        }
        return status;
    }
}
