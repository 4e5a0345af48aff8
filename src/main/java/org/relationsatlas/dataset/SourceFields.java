package org.relationsatlas.dataset;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.relationsatlas.events.EventDate;
import org.relationsatlas.sources.Source;

import tools.jackson.databind.JsonNode;

/** Reads the "sources" array shared by events and features: at least one public page with a web address. */
final class SourceFields {

    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("title", "publisher", "url", "date", "title_lang"));

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private SourceFields() {
    }

    static List<Source> read(Row row) {
        List<Source> sources = new ArrayList<>();
        List<JsonNode> nodes = row.array("sources");
        if (nodes.isEmpty()) {
            row.problem("sources", "needs at least one source with a URL");
        }
        int index = 0;
        for (JsonNode node : nodes) {
            Row source = row.element("sources", index++, node);
            source.rejectUnknownFields(FIELDS);
            String title = source.requiredText("title", DatasetLimits.SOURCE_TITLE_MAX, Row.Script.ANY);
            String publisher = source.requiredText("publisher", DatasetLimits.PUBLISHER_MAX, Row.Script.ANY);
            String url = source.requiredText("url", DatasetLimits.URL_MAX, Row.Script.ANY);
            checkWebAddress(source, "url", url);
            String published = source.optionalText("date", 10, Row.Script.ANY);
            checkDate(source, "date", published);
            sources.add(new Source(title, publisher, url, published, titleLang(source, "title_lang")));
        }
        return sources;
    }

    /** An optional BCP 47 tag for the title's language: a known ISO 639 language, with optional subtags (zh-Hant). */
    static String titleLang(Row row, String field) {
        String tag = row.optionalText(field, DatasetLimits.LANG_TAG_MAX, Row.Script.ANY);
        if (tag != null && !isLanguageTag(tag)) {
            row.problem(field, "'" + tag + "' is not a BCP 47 language tag with a known language (en, ar, ru, zh, fr…)");
        }
        return tag;
    }

    private static boolean isLanguageTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return LANGUAGES.contains(locale.getLanguage()) && locale.toLanguageTag().equalsIgnoreCase(tag);
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    static void checkWebAddress(Row row, String field, String url) {
        if (url != null && !isWebAddress(url)) {
            row.problem(field, "'" + url + "' is not an http(s) address");
        }
    }

    static void checkDate(Row row, String field, String date) {
        if (date != null) {
            try {
                EventDate.parse(date);
            } catch (IllegalArgumentException e) {
                row.problem(field, e.getMessage());
            }
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
