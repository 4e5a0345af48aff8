package org.relationsatlas.i18n;

import java.util.Locale;
import java.util.Optional;

/** The atlas's two languages, with their text direction. */
public enum Lang {
    EN("en", "ltr", Locale.ENGLISH),
    AR("ar", "rtl", Locale.forLanguageTag("ar"));

    private final String code;
    private final String dir;
    private final Locale locale;

    Lang(String code, String dir, Locale locale) {
        this.code = code;
        this.dir = dir;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public String dir() {
        return dir;
    }

    public Locale locale() {
        return locale;
    }

    /** The atlas's other language: the one the language switch offers. */
    public Lang other() {
        return this == EN ? AR : EN;
    }

    /**
     * Numbers the atlas writes itself (dates, years, counts) in the digits its readers expect:
     * Arabic-Indic in Arabic, as in the Arabic press of the Mashriq; text quoted from the dataset is
     * left as written.
     */
    public String digits(String text) {
        if (this != AR) {
            return text;
        }
        StringBuilder converted = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            converted.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return converted.toString();
    }

    public static Optional<Lang> byCode(String code) {
        for (Lang lang : values()) {
            if (lang.code.equals(code)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /** The lang= parameter if valid, else the browser's language if we have it, else English. */
    public static Lang resolve(String parameter, Locale browser) {
        return byCode(parameter)
                .or(() -> browser == null ? Optional.empty() : byCode(browser.getLanguage()))
                .orElse(EN);
    }
}
