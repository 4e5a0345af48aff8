package org.relationsatlas.i18n;

import java.text.MessageFormat;

/** Every piece of UI text, in English and Arabic. Dataset text (events, features) comes from data/. */
public enum UiText {
    APP_TITLE("China–Russia Relations Atlas", "أطلس العلاقات الصينية الروسية"),
    APP_SUBTITLE("Seventy-five years of relations, 1945–2025", "خمسة وسبعون عامًا من العلاقات، ١٩٤٥–٢٠٢٥"),
    SWITCH_LANGUAGE("العربية", "English"),
    SWITCH_LANGUAGE_LABEL("Show the atlas in Arabic", "اعرض الأطلس بالإنجليزية"),
    YEARS("Years", "السنوات"),
    FROM_YEAR("From year", "من سنة"),
    TO_YEAR("To year", "إلى سنة"),
    LAYERS("Map layers", "طبقات الخريطة"),
    LAYER_BORDERS("Borders and agreements", "الحدود والاتفاقيات"),
    LAYER_PIPELINES("Oil and gas pipelines", "خطوط أنابيب النفط والغاز"),
    LAYER_RAILWAYS("Railways and crossings", "السكك الحديدية والمعابر"),
    LAYER_EXERCISES("Joint exercises and patrols", "المناورات والدوريات المشتركة"),
    KEY_DASHED("dashed: disputed or under construction", "متقطع: متنازع عليه أو قيد الإنشاء"),
    KEY_DOTTED("dotted: planned, contracted or memorandum only", "منقط: مخطط له أو متعاقد عليه أو مذكرة تفاهم فقط"),
    KEY_SOLID("solid: agreed, operating or held", "متصل: متفق عليه أو قيد التشغيل أو منفَّذ"),
    STATUS_DISPUTED("disputed", "متنازع عليه"),
    STATUS_AGREED("agreed", "متفق عليه"),
    STATUS_DEMARCATED("demarcated", "مرسَّم"),
    STATUS_CLASH("armed clash", "اشتباك مسلح"),
    STATUS_PLANNED("planned", "مخطط له"),
    STATUS_CONTRACTED("contracted, not built", "متعاقد عليه، لم يُبنَ"),
    STATUS_MEMORANDUM("memorandum only", "مذكرة تفاهم فقط"),
    STATUS_UNDER_CONSTRUCTION("under construction", "قيد الإنشاء"),
    STATUS_OPERATING("operating", "قيد التشغيل"),
    STATUS_SUSPENDED("suspended", "معلَّق"),
    STATUS_HANDED_OVER("handed over", "سُلِّم"),
    STATUS_HELD("held", "أُجريت"),
    CATEGORY_DIPLOMACY("Diplomacy", "دبلوماسية"),
    CATEGORY_BORDERS("Borders", "الحدود"),
    CATEGORY_PIPELINES("Pipelines", "خطوط الأنابيب"),
    CATEGORY_RAILWAYS("Railways", "السكك الحديدية"),
    CATEGORY_EXERCISES("Exercises", "المناورات"),
    CATEGORY_TRADE("Trade", "التجارة"),
    EVENTS("Events", "الأحداث"),
    EVENT_COUNT("{0} of {1} events, {2}–{3}", "{0} من {1} حدثًا، {2}–{3}"),
    NO_EVENTS("No events in {0}–{1} for the layers shown. Widen the years or switch on more layers.",
            "لا أحداث بين {0} و{1} في الطبقات المعروضة. وسِّع نطاق السنوات أو فعِّل طبقات أخرى."),
    SOURCES("Sources", "المصادر"),
    DISAGREEMENT("Sources disagree", "المصادر مختلفة"),
    SHOW_BOTH_VERSIONS("Show both versions", "اعرض الروايتين"),
    SEED_000_SAYS("The Arabic article on the 1950 treaty says:", "تقول المقالة العربية عن معاهدة ١٩٥٠:"),
    SEED_001_SAYS("The Arabic paper on relations since 2022 says:", "تقول الورقة العربية عن العلاقات منذ ٢٠٢٢:"),
    OTHER_SOURCES_SAY("Other sources say:", "تقول مصادر أخرى:"),
    SOURCES_SAY("The sources cited here say:", "تقول المصادر المذكورة هنا:"),
    ATLAS_SHOWS("The atlas shows:", "يعرض الأطلس:"),
    IN_SEED_000("In the Arabic article on the 1950 treaty:", "في المقالة العربية عن معاهدة ١٩٥٠:"),
    IN_SEED_001("In the Arabic paper on relations since 2022:", "في الورقة العربية عن العلاقات منذ ٢٠٢٢:"),
    ONLY_DISAGREEMENTS("Only events where sources disagree", "الأحداث التي تختلف فيها المصادر فقط"),
    CATEGORY_MULTILATERAL("SCO, BRICS", "شنغهاي وبريكس"),
    CATEGORY_ENERGY("Energy", "الطاقة"),
    CATEGORY_TECHNOLOGY("Technology", "التكنولوجيا"),
    CATEGORY_CONFLICT("Conflict", "نزاع"),
    MAP_LABEL("Map of China, Russia and their neighbours, {0}–{1}", "خريطة الصين وروسيا وجيرانهما، {0}–{1}"),
    MAP_LOADING("Loading the map…", "جارٍ تحميل الخريطة…"),
    NOTICE_BAD_YEAR("Ignored ''{0}={1}'': not a year between 1945 and 2025.",
            "تم تجاهل ''{0}={1}'': ليست سنة بين ١٩٤٥ و٢٠٢٥."),
    NOTICE_SWAPPED("''from'' was after ''to''; the years were swapped.",
            "كانت سنة البداية بعد سنة النهاية، فبُدِّلتا."),
    NOTICE_UNKNOWN_LAYER("Ignored unknown layer ''{0}''.", "تم تجاهل طبقة غير معروفة ''{0}''."),
    NOTICE_UNKNOWN_EVENT("No event ''{0}'' in the atlas.", "لا يوجد حدث ''{0}'' في الأطلس."),
    NOTICE_HIDDEN_EVENT("The event ''{0}'' is outside the years or layers shown.",
            "الحدث ''{0}'' خارج السنوات أو الطبقات المعروضة."),
    NOTICE_UNKNOWN_REGION("Ignored unknown region ''{0}''.", "تم تجاهل منطقة غير معروفة ''{0}''."),
    REGION("Region", "المنطقة"),
    ALL_REGIONS("All regions", "كل المناطق"),
    SEARCH_PLACEHOLDER("Search events", "ابحث في الأحداث"),
    SEARCH_NOTHING("Nothing found for ''{0}''.", "لا نتائج لـ ''{0}''."),
    TRADE_TITLE("China–Russia trade, US$ billion a year (China customs)",
            "التجارة الصينية الروسية، مليار دولار سنويًا (الجمارك الصينية)"),
    TRADE_SOURCE("Source", "المصدر"),
    TRADE_NO_DATA("No trade figures for these years (the series starts in 1992).",
            "لا أرقام للتجارة في هذه السنوات (تبدأ السلسلة عام ١٩٩٢)."),
    ZOOM_IN("Zoom in", "تكبير"),
    ZOOM_OUT("Zoom out", "تصغير"),
    TIMELINE("Timeline", "الخط الزمني"),
    TIMELINE_LABEL("Events per year: drag across to choose years, arrow keys move them, space plays",
            "الأحداث في كل عام: اسحب لاختيار السنوات، ومفاتيح الأسهم تحرّكها، والمسافة للتشغيل"),
    PLAY("Play", "تشغيل"),
    PAUSE("Pause", "إيقاف مؤقت"),
    SPEED("Speed", "السرعة"),
    SPEED_SLOW("Slow", "بطيئة"),
    SPEED_NORMAL("Normal", "عادية"),
    SPEED_FAST("Fast", "سريعة"),
    LOOP("Loop", "تكرار"),
    PLAYING_YEAR("Year {0}", "عام {0}"),
    DISMISS("Dismiss", "إغلاق"),
    CONNECTION_ONLINE("Online", "متصل"),
    CONNECTION_RECONNECTING("Connection lost, trying to reconnect…", "انقطع الاتصال، تجري إعادة المحاولة…"),
    CONNECTION_LOST("Connection lost", "انقطع الاتصال"),
    DATA_CREDIT("Base map: Natural Earth. Every event cites its sources.",
            "الخريطة الأساسية: بيانات «ناتشورال إيرث». لكل حدث مصادره.");

    private final String en;
    private final String ar;

    UiText(String en, String ar) {
        this.en = en;
        this.ar = ar;
    }

    /** The text in that language; numbers among the arguments are written in the language's digits. */
    public String in(Lang lang, Object... arguments) {
        String pattern = lang == Lang.AR ? ar : en;
        if (arguments.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = arguments[i] instanceof Number number ? lang.digits(String.valueOf(number)) : arguments[i];
        }
        return new MessageFormat(pattern, lang.locale()).format(written);
    }
}
