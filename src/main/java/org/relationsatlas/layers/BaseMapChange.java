package org.relationsatlas.layers;

import java.time.LocalDate;
import java.util.List;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.sources.Source;

/**
 * A dated change of the base map (data/base-map.json): until {@code date} the {@code countries} (today's
 * countries, by their ISO 3166 numeric ids as in the base map) were one {@code state}, drawn with the
 * colour {@code emphasis}; from the year after, each is drawn on its own.
 */
public record BaseMapChange(String id, LocalDate date, String change, Bilingual state, String emphasis,
        List<String> countries, Bilingual title, List<Source> sources) {

    /** The one kind of change the base map knows so far. */
    public static final String STATE_DISSOLVED = "state-dissolved";

    /** The last year the countries are drawn as one state: the year it was dissolved in. */
    public int lastYearTogether() {
        return date.getYear();
    }
}
