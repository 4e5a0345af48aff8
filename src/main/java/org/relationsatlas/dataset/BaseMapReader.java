package org.relationsatlas.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.relationsatlas.events.DatePrecision;
import org.relationsatlas.events.EventDate;
import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.layers.BaseMapChange;

import tools.jackson.databind.JsonNode;

/** Reads base-map.json: the dated changes of the base map's states, each with its sources. */
final class BaseMapReader {

    static final String FILE = "base-map.json";
    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("id", "date", "change", "state_en",
            "state_ar", "emphasis", "countries", "title_en", "title_ar", "sources"));
    private static final Set<String> CHANGES = Set.of(BaseMapChange.STATE_DISSOLVED);
    private static final Set<String> EMPHASES = Set.of("russia", "china", "other");
    /** A base-map country: its ISO 3166 numeric code, as world-atlas writes it. */
    private static final Pattern COUNTRY = Pattern.compile("\\d{3}");
    static final int STATE_NAME_MAX = 80;

    List<BaseMapChange> read(JsonNode array, List<DatasetProblem> problems) {
        List<BaseMapChange> changes = new ArrayList<>();
        if (!array.isArray()) {
            problems.add(new DatasetProblem(FILE, "", "", "must be a JSON array of changes"));
            return changes;
        }
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : array) {
            index++;
            String id = node.path("id").asString("");
            Row row = new Row(FILE, "row " + index + (id.isEmpty() ? "" : " (id '" + id + "')"), node, problems);
            if (!node.isObject()) {
                row.problem("", "must be an object");
                continue;
            }
            int before = row.problemCount();
            BaseMapChange change = readChange(row, ids);
            if (row.problemCount() == before) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static BaseMapChange readChange(Row row, Set<String> ids) {
        row.rejectUnknownFields(FIELDS);
        String id = row.readId(ids);
        LocalDate date = readDate(row);
        String change = row.requiredText("change", 40, Row.Script.ANY);
        if (change != null && !CHANGES.contains(change)) {
            row.problem("change", "'" + change + "' is not one of " + CHANGES);
        }
        Bilingual state = new Bilingual(row.requiredText("state_en", STATE_NAME_MAX, Row.Script.LATIN),
                row.requiredText("state_ar", STATE_NAME_MAX, Row.Script.ARABIC));
        String emphasis = row.requiredText("emphasis", 20, Row.Script.ANY);
        if (emphasis != null && !EMPHASES.contains(emphasis)) {
            row.problem("emphasis", "'" + emphasis + "' is not one of " + EMPHASES);
        }
        List<String> countries = readCountries(row);
        Bilingual title = new Bilingual(row.requiredText("title_en", DatasetLimits.TITLE_MAX, Row.Script.LATIN),
                row.requiredText("title_ar", DatasetLimits.TITLE_MAX, Row.Script.ARABIC));
        return new BaseMapChange(id, date, change, state, emphasis, countries, title, SourceFields.read(row));
    }

    /** A day in the atlas's period: the map changes in a known year, and the timeline marks it. */
    private static LocalDate readDate(Row row) {
        String text = row.requiredText("date", 10, Row.Script.ANY);
        if (text == null) {
            return null;
        }
        try {
            EventDate date = EventDate.parseInPeriod(text);
            if (date.precision() != DatePrecision.DAY) {
                row.problem("date", "'" + text + "' must be a day, YYYY-MM-DD");
                return null;
            }
            return LocalDate.of(date.year(), date.month(), date.day());
        } catch (IllegalArgumentException e) {
            row.problem("date", e.getMessage());
            return null;
        }
    }

    private static List<String> readCountries(Row row) {
        List<String> countries = new ArrayList<>();
        List<JsonNode> nodes = row.array("countries");
        if (nodes.size() < 2) {
            row.problem("countries", "needs at least two countries that were one state");
        }
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String country = node.isString() ? node.asString() : String.valueOf(node);
            if (!COUNTRY.matcher(country).matches()) {
                row.problem("countries[" + i + "]", "'" + country + "' is not an ISO 3166 numeric code like \"643\"");
            } else if (countries.contains(country)) {
                row.problem("countries[" + i + "]", "'" + country + "' is listed twice");
            } else {
                countries.add(country);
            }
        }
        return countries;
    }
}
