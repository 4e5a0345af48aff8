package org.relationsatlas.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;

import tools.jackson.databind.JsonNode;

/**
 * One row (event) or feature being read: typed access to its fields that records a problem,
 * naming file, row and field, instead of stopping at the first. Lesson files are read with it too.
 */
public final class Row {

    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    /** Which script a text field must be written in. */
    public enum Script { ARABIC, LATIN, ANY }

    private final String file;
    private final String location;
    private final JsonNode node;
    private final List<DatasetProblem> problems;

    public Row(String file, String location, JsonNode node, List<DatasetProblem> problems) {
        this.file = file;
        this.location = location;
        this.node = node;
        this.problems = problems;
    }

    public int problemCount() {
        return problems.size();
    }

    String location() {
        return location;
    }

    public void problem(String field, String message) {
        problems.add(new DatasetProblem(file, location, field, message));
    }

    /** Fields not in {@code known} are reported: they are usually typos of a known one. */
    public void rejectUnknownFields(Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(name, "unknown field (known fields: " + String.join(", ", known) + ")");
            }
        }
    }

    public JsonNode get(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    public String requiredText(String field, int max, Script script) {
        String text = optionalText(field, max, script);
        if (text == null && get(field) == null) {
            problem(field, "missing");
        }
        return text;
    }

    public String optionalText(String field, int max, Script script) {
        JsonNode value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.asString().isBlank()) {
            problem(field, "must be a non-empty text");
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > max) {
            problem(field, "is " + text.length() + " characters long; the limit is " + max);
        }
        if (script == Script.ARABIC && !ARABIC.matcher(text).find()) {
            problem(field, "must be written in Arabic script: '" + abbreviate(text) + "'");
        }
        if (script == Script.LATIN && (!LATIN.matcher(text).find() || ARABIC.matcher(text).find())) {
            problem(field, "must be English in Latin script: '" + abbreviate(text) + "'");
        }
        return text;
    }

    Integer optionalInt(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            problem(field, "must be a whole number, got " + value);
            return null;
        }
        return value.asInt();
    }

    boolean optionalBoolean(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(field, "must be true or false, got " + value);
            return false;
        }
        return value.asBoolean();
    }

    /** An array field; missing gives an empty list, anything else but an array is a problem. */
    List<JsonNode> array(String field) {
        JsonNode value = get(field);
        List<JsonNode> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        if (!value.isArray()) {
            problem(field, "must be an array");
            return elements;
        }
        value.forEach(elements::add);
        return elements;
    }

    /** A nested object of this row, e.g. a disagreement, reported as "field". */
    public Row child(String field, JsonNode element) {
        return new Row(file, location + ", " + field, element, problems);
    }

    /** A nested object of this row, e.g. a source, reported as "field[index]". */
    Row element(String field, int index, JsonNode element) {
        return new Row(file, location + ", " + field + "[" + index + "]", element, problems);
    }

    /** The row's "id": well-formed and not used before in {@code ids} (which it joins). */
    String readId(Set<String> ids) {
        String id = requiredText("id", 80, Script.ANY);
        if (id == null) {
            return null;
        }
        if (!DatasetLimits.ID.matcher(id).matches()) {
            problem("id", "'" + id + "' must be lower-case letters, digits and hyphens (at most 80)");
        } else if (!ids.add(id)) {
            problem("id", "'" + id + "' is used twice");
        }
        return id;
    }

    /** The row's GeoJSON "geometry", read and checked with JTS; null (and a problem) when it is broken. */
    Geometry geometry() {
        try {
            return GeometryReader.read(get("geometry"));
        } catch (IllegalArgumentException e) {
            problem("geometry", e.getMessage());
            return null;
        }
    }

    /** An array of ids that must each be in {@code known}; reports unknown and repeated ones. */
    List<String> idList(String field, java.util.Collection<String> known, String whatTheyAre) {
        List<String> ids = new ArrayList<>();
        int index = 0;
        for (JsonNode element : array(field)) {
            String id = element.isString() ? element.asString() : String.valueOf(element);
            if (!known.contains(id)) {
                problem(field + "[" + index + "]", "'" + id + "' is no " + whatTheyAre);
            } else if (ids.contains(id)) {
                problem(field + "[" + index + "]", "'" + id + "' is listed twice");
            } else {
                ids.add(id);
            }
            index++;
        }
        return ids;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
