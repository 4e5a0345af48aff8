package org.relationsatlas.events;

import org.relationsatlas.i18n.Lang;

/**
 * An event found by a search, and where the words matched: in the title or the summary of the
 * given language, as [start, end) of that text.
 */
public record SearchHit(AtlasEvent event, Lang language, boolean inTitle, int start, int end) {

    /** The text the match is in. */
    public String matchedText() {
        return inTitle ? event.title().in(language) : event.summary().in(language);
    }
}
