package org.relationsatlas.events;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.i18n.Lang;

/** One dated moment of an event: what happened (kind), when, and whether the date is only approximate. */
public record EventMoment(DateKind kind, EventDate date, boolean approximate) {

    private static final Bilingual ABOUT = new Bilingual("about ", "نحو ");

    /** e.g. "signed 14 Feb 1950", "about 2003", "14 Feb 1950". */
    public String format(Lang lang) {
        String when = (approximate ? ABOUT.in(lang) : "") + date.format(lang);
        String label = kind.label(lang);
        return label.isEmpty() ? when : label + " " + when;
    }
}
