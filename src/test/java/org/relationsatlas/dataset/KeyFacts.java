package org.relationsatlas.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consistency check of a data folder: the same fact stated in two places must say the same thing.
 * <p>
 * {@code key-facts.json} lists facts (a date or a figure) and every place that states each: an event's date of
 * a kind, an event's or a lesson step's text (English and Arabic alike), a map feature's phase, a year's total
 * in trade.csv. Each place must
 * state the fact's value; a place that says another value is reported together with the places that agree.
 * Beside the table, every event date that a feature's phase also shows (opened, started, handed over, held,
 * demarcated) must fall in the years the feature has that status, unless {@code known_differences} lists the
 * pair with the reason.
 * <p>
 * Test-only: the app does not read {@code key-facts.json}.
 */
final class KeyFacts {

    private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> MONTHS_AR = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");

    /** An event's date kind and the status a feature's phase shows for it. */
    private static final Map<String, String> STATUS_OF_DATE_KIND = Map.of(
            "opened", "operating", "started", "under-construction", "handed-over", "handed-over",
            "held", "held", "demarcated", "demarcated");

    private final Path folder;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Located> events = new LinkedHashMap<>();
    private final Map<String, Located> features = new LinkedHashMap<>();
    private final Map<String, Located> lessons = new LinkedHashMap<>();
    private final Map<String, String> tradeTotals = new LinkedHashMap<>();

    private record Located(String file, JsonNode node) {
    }

    private KeyFacts(Path folder) {
        this.folder = folder;
        for (Path file : files("events", ".json")) {
            read(file).forEach(event -> events.put(event.path("id").asString(""), new Located(name(file), event)));
        }
        for (Path file : files("layers", ".geojson")) {
            read(file).path("features").forEach(feature -> features.put(feature.path("id").asString(""),
                    new Located(name(file), feature.path("properties"))));
        }
        for (Path file : files("lessons", ".json")) {
            JsonNode lesson = read(file);
            lessons.put(lesson.path("id").asString(""), new Located(name(file), lesson));
        }
        // trade.csv: the year and the total are the first two columns and never quoted
        for (String line : lines(folder.resolve("trade.csv")).subList(1, lines(folder.resolve("trade.csv")).size())) {
            String[] columns = line.split(",", 3);
            if (columns.length > 1) {
                tradeTotals.put(columns[0], columns[1]);
            }
        }
    }

    /** Every disagreement in this data folder, one message each; empty when all places agree. */
    static List<String> problemsIn(Path folder) {
        KeyFacts check = new KeyFacts(folder);
        JsonNode table = check.read(folder.resolve("key-facts.json"));
        List<String> problems = new ArrayList<>();
        table.path("facts").forEach(fact -> problems.addAll(check.checkFact(fact)));
        problems.addAll(check.checkPhasesAgainstEvents(table.path("known_differences")));
        return problems;
    }

    private List<String> checkFact(JsonNode fact) {
        String id = fact.path("id").asString("");
        Value value = fact.has("date") ? Value.date(fact.path("date").asString(""))
                : Value.figure(fact.path("figure_en").asString(""), fact.path("figure_ar").asString(""));
        List<String> agree = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        for (JsonNode place : fact.path("stated_in")) {
            String where = describe(place);
            String says = says(place, value);
            if (says == null) {
                disagree.add(where + " is missing (no such event, feature, lesson step or field)");
            } else if (says.equals(value.shown())) {
                agree.add(where);
            } else {
                disagree.add(where + " says " + says);
            }
        }
        if (disagree.isEmpty()) {
            return List.of();
        }
        return List.of("key fact '" + id + "' (" + value.shown() + ") is stated differently: "
                + String.join("; ", disagree)
                + (agree.isEmpty() ? "" : " — while " + String.join(" and ", agree) + " state " + value.shown()));
    }

    /** What a place says about the fact, in the form {@link Value#shown()} has; null when the place is missing. */
    private String says(JsonNode place, Value value) {
        if (place.has("event") && place.has("date_kind")) {
            Located event = events.get(place.path("event").asString(""));
            if (event == null) {
                return null;
            }
            List<String> dates = new ArrayList<>();
            for (JsonNode date : event.node().path("dates")) {
                if (date.path("kind").asString("").equals(place.path("date_kind").asString(""))) {
                    String day = date.path("date").asString("");
                    // a fact known to the year is stated by any date in that year
                    dates.add(value.shown().length() == 4 ? day.substring(0, Math.min(4, day.length())) : day);
                }
            }
            if (dates.contains(value.shown())) {
                return value.shown();
            }
            return dates.isEmpty() ? "no '" + place.path("date_kind").asString("") + "' date" : String.join(", ", dates);
        }
        if (place.has("trade_year")) {
            String total = tradeTotals.get(place.path("trade_year").asString(""));
            if (total == null) {
                return null;
            }
            return value.figureEn() != null && value.figureEn().contains(total) ? value.shown() : "US$" + total + " billion";
        }
        if (place.has("feature")) {
            Located feature = features.get(place.path("feature").asString(""));
            if (feature == null) {
                return null;
            }
            String status = place.path("status").asString("");
            for (JsonNode phase : feature.node().path("phases")) {
                if (phase.path("status").asString("").equals(status)) {
                    int from = phase.path("from").asInt();
                    return from == value.year() ? value.shown() : "'" + status + "' from " + from;
                }
            }
            return "no '" + status + "' phase";
        }
        JsonNode holder = textHolder(place);
        if (holder == null) {
            return null;
        }
        String field = place.path("text").asString("").replaceFirst("^disagreement\\.", "");
        String english = holder.path(field + "_en").asString(null);
        String arabic = holder.path(field + "_ar").asString(null);
        if (english == null || arabic == null) {
            return null;
        }
        List<String> differences = new ArrayList<>();
        String inEnglish = value.foundIn(english, false);
        if (!inEnglish.equals(value.shown())) {
            differences.add("in English: " + inEnglish);
        }
        String inArabic = value.foundIn(arabic, true);
        if (!inArabic.equals(value.shown())) {
            differences.add("in Arabic: " + inArabic);
        }
        return differences.isEmpty() ? value.shown() : String.join(", ", differences);
    }

    /** The object holding a place's text fields: an event (or its disagreement), or a lesson step. */
    private JsonNode textHolder(JsonNode place) {
        if (place.has("event")) {
            Located event = events.get(place.path("event").asString(""));
            if (event == null) {
                return null;
            }
            return place.path("text").asString("").startsWith("disagreement.")
                    ? event.node().path("disagreement") : event.node();
        }
        Located lesson = lessons.get(place.path("lesson").asString(""));
        int step = place.path("step").asInt(0);
        if (lesson == null || step < 1 || step > lesson.node().path("steps").size()) {
            return null;
        }
        return lesson.node().path("steps").get(step - 1);
    }

    private String describe(JsonNode place) {
        if (place.has("event")) {
            String id = place.path("event").asString("");
            String file = events.containsKey(id) ? events.get(id).file() + " " : "";
            return file + id + (place.has("date_kind") ? ", date '" + place.path("date_kind").asString("") + "'"
                    : ", " + place.path("text").asString(""));
        }
        if (place.has("feature")) {
            String id = place.path("feature").asString("");
            String file = features.containsKey(id) ? features.get(id).file() + " " : "";
            return file + id + ", phase '" + place.path("status").asString("") + "'";
        }
        if (place.has("trade_year")) {
            return "trade.csv " + place.path("trade_year").asString("") + ", total_usd_bn";
        }
        String id = place.path("lesson").asString("");
        String file = lessons.containsKey(id) ? lessons.get(id).file() : "lessons/" + id + ".json";
        return file + " step " + place.path("step").asInt(0) + ", " + place.path("text").asString("");
    }

    /** Event dates a linked feature's phases show must fall in the years the feature has that status. */
    private List<String> checkPhasesAgainstEvents(JsonNode knownDifferences) {
        List<String> problems = new ArrayList<>();
        events.forEach((eventId, event) -> {
            for (JsonNode featureId : event.node().path("features")) {
                Located feature = features.get(featureId.asString(""));
                if (feature == null) {
                    continue;
                }
                for (JsonNode date : event.node().path("dates")) {
                    String kind = date.path("kind").asString("");
                    String status = STATUS_OF_DATE_KIND.get(kind);
                    String day = date.path("date").asString("");
                    if (status == null || known(knownDifferences, eventId, kind, day, featureId.asString(""))) {
                        continue;
                    }
                    int year = Integer.parseInt(day.substring(0, 4));
                    int[] years = yearsWithStatus(feature.node(), status);
                    if (years != null && (year < years[0] || year > years[1])) {
                        problems.add(event.file() + " " + eventId + ", date '" + kind + "' " + day + ", but "
                                + feature.file() + " " + featureId.asString("") + " is '" + status + "' only in "
                                + (years[0] == years[1] ? String.valueOf(years[0]) : years[0] + "–" + years[1])
                                + " (fix one, or list the pair with the reason in key-facts.json known_differences)");
                    }
                }
            }
        });
        return problems;
    }

    /** The first and last year a feature has a status, or null when it never has it. */
    private static int[] yearsWithStatus(JsonNode feature, String status) {
        JsonNode phases = feature.path("phases");
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).path("status").asString("").equals(status)) {
                int from = phases.get(i).path("from").asInt();
                int to = i + 1 < phases.size() ? phases.get(i + 1).path("from").asInt() - 1
                        : feature.path("until").isNumber() ? feature.path("until").asInt() : Integer.MAX_VALUE;
                return new int[] {from, to};
            }
        }
        return null;
    }

    private static boolean known(JsonNode knownDifferences, String event, String kind, String date, String feature) {
        for (JsonNode known : knownDifferences) {
            if (known.path("event").asString("").equals(event) && known.path("date_kind").asString("").equals(kind)
                    && known.path("date").asString("").equals(date) && known.path("feature").asString("").equals(feature)
                    && !known.path("why").asString("").isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A fact's value: a date (YYYY, YYYY-MM or YYYY-MM-DD) or a figure as written in English and Arabic. */
    private record Value(String shown, String date, String figureEn, String figureAr) {

        static Value date(String date) {
            return new Value(date, date, null, null);
        }

        static Value figure(String english, String arabic) {
            return new Value(english + " / " + arabic, null, english, arabic);
        }

        int year() {
            return date == null ? -1 : Integer.parseInt(date.substring(0, 4));
        }

        /** {@link #shown()} when the text states this value, else what it says instead (or that it says nothing). */
        String foundIn(String text, boolean arabic) {
            String plain = westernDigits(text);
            if (date == null) {
                return plain.contains(arabic ? figureAr : figureEn) ? shown : "not '" + (arabic ? figureAr : figureEn) + "'";
            }
            if (date.length() < 10) {
                int month = date.length() == 7 ? Integer.parseInt(date.substring(5, 7)) : 0;
                String written = (month > 0 ? (arabic ? MONTHS_AR : MONTHS_EN).get(month - 1) + " " : "") + year();
                return plain.contains(written) ? shown : "not '" + written + "'";
            }
            int month = Integer.parseInt(date.substring(5, 7));
            String monthName = (arabic ? MONTHS_AR : MONTHS_EN).get(month - 1);
            Matcher days = Pattern.compile("(\\d{1,2}) " + monthName + " " + year()).matcher(plain);
            List<String> said = new ArrayList<>();
            while (days.find()) {
                String day = "%04d-%02d-%02d".formatted(year(), month, Integer.parseInt(days.group(1)));
                if (day.equals(date)) {
                    return shown;
                }
                said.add(day);
            }
            return said.isEmpty() ? "no day in " + monthName + " " + year() : String.join(", ", said);
        }

        private static String westernDigits(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> out.appendCodePoint(c >= 0x0660 && c <= 0x0669 ? '0' + c - 0x0660 : c));
            return out.toString();
        }
    }

    private List<Path> files(String subfolder, String suffix) {
        try (Stream<Path> list = Files.list(folder.resolve(subfolder))) {
            return list.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(Path file) {
        try {
            return json.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String name(Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
