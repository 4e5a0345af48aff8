package org.relationsatlas.i18n;

/**
 * A number of minutes as a phrase, by each language's plural rules (CLDR's): "1 minute", "5 minutes";
 * in Arabic the dual and the counted forms, "دقيقة واحدة", "دقيقتين", "٥ دقائق", "١٥ دقيقة".
 * The phrase follows a preposition ("in …", "بعد …"), hence the genitive dual.
 */
public final class Minutes {

    private Minutes() {
    }

    public static String in(Lang lang, long minutes) {
        String number = lang.digits(String.valueOf(minutes));
        if (lang == Lang.EN) {
            return minutes == 1 ? "1 minute" : number + " minutes";
        }
        long lastTwo = minutes % 100;
        if (minutes == 1) {
            return "دقيقة واحدة";
        }
        if (minutes == 2) {
            return "دقيقتين";
        }
        // 3–10 take the plural; 11–99 (and 0, 100, 101, 102…) the singular accusative or genitive.
        return lastTwo >= 3 && lastTwo <= 10 ? number + " دقائق" : number + " دقيقة";
    }
}
