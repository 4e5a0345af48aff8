package org.relationsatlas.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.Category;
import org.relationsatlas.events.DateKind;
import org.relationsatlas.events.EventDate;
import org.relationsatlas.events.EventMoment;

import tools.jackson.databind.JsonNode;
import org.relationsatlas.i18n.Bilingual;

/** Reads events/*.json: dated events with their kinds of dates, regions, features, sources, seeds and disagreements. */
final class EventReader {

    static final String FOLDER = "events";

    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("id", "category", "dates", "title_en",
            "title_ar", "summary_en", "summary_ar", "regions", "features", "no_place", "sources", "seed", "disagreement"));
    private static final Set<String> DATE_FIELDS = new LinkedHashSet<>(List.of("kind", "date", "approximate"));
    private static final Set<String> SEED_FIELDS = new LinkedHashSet<>(List.of("text", "quote_ar"));
    private static final Set<String> DISAGREEMENT_FIELDS = new LinkedHashSet<>(List.of("source", "claim_en",
            "claim_ar", "sources_say_en", "sources_say_ar", "note_en", "note_ar"));
    private static final Set<String> DISAGREEMENT_SOURCES = Set.of("seed-000", "seed-001", "sources");

    private final Set<String> regionIds;
    private final Set<String> featureIds;
    private final SeedTexts seeds;
    private final Set<String> ids = new HashSet<>();

    EventReader(Set<String> regionIds, Set<String> featureIds, SeedTexts seeds) {
        this.regionIds = regionIds;
        this.featureIds = featureIds;
        this.seeds = seeds;
    }

    List<AtlasEvent> read(String file, JsonNode array, List<DatasetProblem> problems) {
        List<AtlasEvent> events = new ArrayList<>();
        if (!array.isArray()) {
            problems.add(new DatasetProblem(file, "", "", "must be a JSON array of events"));
            return events;
        }
        int index = 0;
        for (JsonNode node : array) {
            index++;
            String id = node.path("id").asString("");
            Row row = new Row(file, "row " + index + (id.isEmpty() ? "" : " (id '" + id + "')"), node, problems);
            if (!node.isObject()) {
                row.problem("", "must be an object");
                continue;
            }
            int before = row.problemCount();
            AtlasEvent event = readEvent(row);
            if (row.problemCount() == before) {
                events.add(event);
            }
        }
        return events;
    }

    private AtlasEvent readEvent(Row row) {
        row.rejectUnknownFields(FIELDS);
        String id = row.readId(ids);
        Category category = readCategory(row);
        List<EventMoment> moments = readMoments(row);
        Bilingual title = new Bilingual(
                row.requiredText("title_en", DatasetLimits.TITLE_MAX, Row.Script.LATIN),
                row.requiredText("title_ar", DatasetLimits.TITLE_MAX, Row.Script.ARABIC));
        Bilingual summary = new Bilingual(
                row.requiredText("summary_en", DatasetLimits.SUMMARY_MAX, Row.Script.LATIN),
                row.requiredText("summary_ar", DatasetLimits.SUMMARY_MAX, Row.Script.ARABIC));
        List<String> regions = row.idList("regions", regionIds, "region in regions.geojson");
        if (regions.isEmpty()) {
            row.problem("regions", "needs at least one region");
        }
        List<String> features = row.idList("features", featureIds, "feature in layers/");
        boolean noPlace = row.optionalBoolean("no_place");
        if (noPlace && !features.isEmpty()) {
            row.problem("no_place", "is true, but the event has features " + features
                    + ": an event on the map has a place; drop no_place or the features");
        }
        var sources = SourceFields.read(row);
        AtlasEvent.SeedMention seed = readSeed(row);
        AtlasEvent.Disagreement disagreement = readDisagreement(row);
        if (moments.isEmpty() || category == null) {
            return null;
        }
        return new AtlasEvent(id, category, moments, title, summary, regions, features, sources, seed, disagreement,
                noPlace);
    }

    private static Category readCategory(Row row) {
        String text = row.requiredText("category", 20, Row.Script.ANY);
        Category category = text == null ? null : Category.byId(text).orElse(null);
        if (text != null && category == null) {
            row.problem("category", "unknown category '" + text + "' (" + String.join(", ",
                    java.util.Arrays.stream(Category.values()).map(Category::id).toList()) + ")");
        }
        return category;
    }

    private static List<EventMoment> readMoments(Row row) {
        List<EventMoment> moments = new ArrayList<>();
        List<JsonNode> nodes = row.array("dates");
        if (nodes.isEmpty()) {
            row.problem("dates", "needs at least one {kind, date}");
        }
        int index = 0;
        for (JsonNode node : nodes) {
            Row date = row.element("dates", index++, node);
            date.rejectUnknownFields(DATE_FIELDS);
            String kindText = date.requiredText("kind", 20, Row.Script.ANY);
            DateKind kind = kindText == null ? null : DateKind.byId(kindText).orElse(null);
            if (kindText != null && kind == null) {
                date.problem("kind", "unknown kind of date '" + kindText + "'");
            }
            String text = date.requiredText("date", 10, Row.Script.ANY);
            EventDate when = null;
            if (text != null) {
                try {
                    when = EventDate.parseInPeriod(text);
                } catch (IllegalArgumentException e) {
                    date.problem("date", e.getMessage());
                }
            }
            if (kind == null || when == null) {
                continue;
            }
            if (!moments.isEmpty()) {
                EventMoment previous = moments.getLast();
                if (when.compareTo(previous.date()) < 0) {
                    date.problem("date", text + " comes before the date listed above it (" + previous.date()
                            + "): list dates in time order");
                } else if (DateKind.outOfOrder(previous.kind(), kind)) {
                    date.problem("kind", "'" + kind.id() + "' cannot follow '" + previous.kind().id() + "'");
                }
            }
            moments.add(new EventMoment(kind, when, date.optionalBoolean("approximate")));
        }
        return moments;
    }

    private AtlasEvent.SeedMention readSeed(Row row) {
        JsonNode node = row.get("seed");
        if (node == null) {
            return null;
        }
        Row seed = row.child("seed", node);
        seed.rejectUnknownFields(SEED_FIELDS);
        String text = seed.requiredText("text", 3, Row.Script.ANY);
        String quote = seed.requiredText("quote_ar", DatasetLimits.NOTE_MAX, Row.Script.ARABIC);
        checkQuote(seed, "quote_ar", text, quote);
        return text == null || quote == null ? null : new AtlasEvent.SeedMention(text, quote);
    }

    private AtlasEvent.Disagreement readDisagreement(Row row) {
        JsonNode node = row.get("disagreement");
        if (node == null) {
            return null;
        }
        Row disagreement = row.child("disagreement", node);
        disagreement.rejectUnknownFields(DISAGREEMENT_FIELDS);
        String source = disagreement.requiredText("source", 10, Row.Script.ANY);
        if (source != null && !DISAGREEMENT_SOURCES.contains(source)) {
            disagreement.problem("source", "'" + source + "' is not seed-000, seed-001 or sources");
        }
        Bilingual claim = bilingual(disagreement, "claim");
        if (source != null && source.startsWith("seed-")) {
            checkQuote(disagreement, "claim_ar", source.substring("seed-".length()), claim.ar());
        }
        return new AtlasEvent.Disagreement(source, claim, bilingual(disagreement, "sources_say"),
                bilingual(disagreement, "note"));
    }

    private static Bilingual bilingual(Row row, String field) {
        return new Bilingual(
                row.requiredText(field + "_en", DatasetLimits.NOTE_MAX, Row.Script.LATIN),
                row.requiredText(field + "_ar", DatasetLimits.NOTE_MAX, Row.Script.ARABIC));
    }

    /** A seed's words must be in the seed, exactly: the atlas quotes them as the seed's own. */
    private void checkQuote(Row row, String field, String seed, String quote) {
        if (seed == null || quote == null) {
            return;
        }
        if (!seeds.exists(seed)) {
            row.problem(field, "no seed text '" + seed + "' in seeds/");
        } else if (!seeds.quotes(seed, quote)) {
            row.problem(field, "is not found word for word in seed " + seed);
        }
    }
}
