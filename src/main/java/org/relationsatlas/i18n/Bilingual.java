package org.relationsatlas.i18n;

/**
 * A text in the atlas's two languages, English and Arabic: an event's title, a lesson's caption, a
 * region's name, a label. Every two-language text is one of these, chosen by {@link Lang}.
 */
public record Bilingual(String en, String ar) {

    public String in(Lang lang) {
        return lang == Lang.AR ? ar : en;
    }
}
