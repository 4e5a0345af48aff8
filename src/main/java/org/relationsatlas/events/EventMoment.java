package org.relationsatlas.events;

import java.util.Locale;

/** One dated moment of an event: what happened (kind), when, and whether the date is only approximate. */
public record EventMoment(DateKind kind, EventDate date, boolean approximate) {

    /** e.g. "signed 14 Feb 1950", "about 2003", "14 Feb 1950". */
    public String format(Locale locale) {
        String language = locale.getLanguage();
        String when = (approximate ? ("ar".equals(language) ? "نحو " : "about ") : "") + date.format(locale);
        String label = kind.label(language);
        return label.isEmpty() ? when : label + " " + when;
    }
}
