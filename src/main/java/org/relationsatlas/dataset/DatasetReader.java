package org.relationsatlas.dataset;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.Category;
import org.relationsatlas.events.EventDate;
import org.relationsatlas.layers.FeaturePhase;
import org.relationsatlas.layers.FeatureStatus;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.layers.MapFeature;
import org.relationsatlas.sources.Source;
import org.relationsatlas.years.YearRange;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates the dataset folder (see data/README.md). Every problem is collected and
 * reported together; a dataset with any problem is never returned.
 */
@Component
public class DatasetReader {

    static final String EVENTS_FILE = "events.json";

    private static final Set<String> EVENT_FIELDS = new LinkedHashSet<>(List.of("id", "date", "category",
            "title_en", "title_ar", "summary_en", "summary_ar", "features", "sources",
            "seed_claim_ar", "conflict_note_en", "conflict_note_ar"));
    private static final Set<String> FEATURE_PROPERTIES = new LinkedHashSet<>(List.of("name_en", "name_ar",
            "name_ru", "name_zh", "phases", "until", "approximate", "geometry_note", "sources"));
    private static final Set<String> SOURCE_FIELDS = new LinkedHashSet<>(List.of("title", "publisher", "url", "date"));
    private static final Set<String> PHASE_FIELDS = new LinkedHashSet<>(List.of("from", "status"));

    private final JsonMapper json;

    public DatasetReader(JsonMapper json) {
        this.json = json;
    }

    /** Reads {@code folder}, or throws a {@link DatasetException} listing every problem. */
    public Dataset read(Path folder) {
        List<DatasetProblem> problems = new ArrayList<>();
        List<MapFeature> features = new ArrayList<>();
        Set<String> featureIds = new HashSet<>();
        for (Layer layer : Layer.values()) {
            String file = layerFile(layer);
            JsonNode collection = parse(folder, file, problems);
            if (collection != null) {
                readFeatures(file, layer, collection, features, featureIds, problems);
            }
        }
        List<AtlasEvent> events = new ArrayList<>();
        JsonNode eventArray = parse(folder, EVENTS_FILE, problems);
        if (eventArray != null) {
            readEvents(eventArray, featureIds, events, problems);
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return new Dataset(events, features, fingerprint(folder));
    }

    static String layerFile(Layer layer) {
        return "layers/" + layer.id() + ".geojson";
    }

    /** A SHA-256 over the dataset's files, to notice when they changed since the last load. */
    public String fingerprint(Path folder) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> files = new ArrayList<>(List.of(EVENTS_FILE));
            for (Layer layer : Layer.values()) {
                files.add(layerFile(layer));
            }
            for (String file : files) {
                digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Path path = folder.resolve(file);
                if (Files.isRegularFile(path)) {
                    digest.update(Files.readAllBytes(path));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the dataset in " + folder, e);
        }
    }

    private JsonNode parse(Path folder, String file, List<DatasetProblem> problems) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(new DatasetProblem(file, "", "", "file not found in " + folder.toAbsolutePath()));
            return null;
        }
        try {
            return json.readTree(Files.readString(path));
        } catch (JacksonException e) {
            problems.add(new DatasetProblem(file, "", "", "not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            problems.add(new DatasetProblem(file, "", "", "cannot be read as UTF-8 text: " + e.getMessage()));
        }
        return null;
    }

    private void readEvents(JsonNode array, Set<String> featureIds, List<AtlasEvent> events,
            List<DatasetProblem> problems) {
        if (!array.isArray()) {
            problems.add(new DatasetProblem(EVENTS_FILE, "", "", "must be a JSON array of events"));
            return;
        }
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : array) {
            index++;
            String id = node.path("id").asString("");
            Row row = new Row(EVENTS_FILE, "row " + index + (id.isEmpty() ? "" : " (id '" + id + "')"), node, problems);
            if (!node.isObject()) {
                row.problem("", "must be an object");
                continue;
            }
            AtlasEvent event = readEvent(row, ids, featureIds);
            if (event != null) {
                events.add(event);
            }
        }
    }

    private AtlasEvent readEvent(Row row, Set<String> ids, Set<String> featureIds) {
        int before = problemCount(row);
        row.rejectUnknownFields(EVENT_FIELDS);
        String id = readId(row, ids);
        EventDate date = null;
        String dateText = row.requiredText("date", 10, Row.Script.ANY);
        if (dateText != null) {
            try {
                date = EventDate.parseInPeriod(dateText);
            } catch (IllegalArgumentException e) {
                row.problem("date", e.getMessage());
            }
        }
        Category category = null;
        String categoryText = row.requiredText("category", 20, Row.Script.ANY);
        if (categoryText != null) {
            category = Category.byId(categoryText).orElse(null);
            if (category == null) {
                row.problem("category", "unknown category '" + categoryText
                        + "' (diplomacy, borders, pipelines, railways, exercises, trade)");
            }
        }
        AtlasEvent.Text title = new AtlasEvent.Text(
                row.requiredText("title_en", DatasetLimits.TITLE_MAX, Row.Script.LATIN),
                row.requiredText("title_ar", DatasetLimits.TITLE_MAX, Row.Script.ARABIC));
        AtlasEvent.Text summary = new AtlasEvent.Text(
                row.requiredText("summary_en", DatasetLimits.SUMMARY_MAX, Row.Script.LATIN),
                row.requiredText("summary_ar", DatasetLimits.SUMMARY_MAX, Row.Script.ARABIC));
        List<String> linked = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : row.array("features")) {
            String featureId = feature.isString() ? feature.asString() : String.valueOf(feature);
            if (!featureIds.contains(featureId)) {
                row.problem("features[" + index + "]", "links to '" + featureId + "', which is no feature in layers/");
            } else if (linked.contains(featureId)) {
                row.problem("features[" + index + "]", "links to '" + featureId + "' twice");
            } else {
                linked.add(featureId);
            }
            index++;
        }
        List<Source> sources = readSources(row);
        AtlasEvent.SeedConflict conflict = readConflict(row);
        if (problemCount(row) > before) {
            return null;
        }
        return new AtlasEvent(id, date, category, title, summary, linked, sources, conflict);
    }

    private AtlasEvent.SeedConflict readConflict(Row row) {
        String claim = row.optionalText("seed_claim_ar", DatasetLimits.NOTE_MAX, Row.Script.ARABIC);
        String noteEn = row.optionalText("conflict_note_en", DatasetLimits.NOTE_MAX, Row.Script.LATIN);
        String noteAr = row.optionalText("conflict_note_ar", DatasetLimits.NOTE_MAX, Row.Script.ARABIC);
        if ((noteEn == null) != (noteAr == null)) {
            row.problem(noteEn == null ? "conflict_note_en" : "conflict_note_ar",
                    "a conflict note needs both English and Arabic");
        }
        if (claim != null && noteEn == null) {
            row.problem("conflict_note_en", "a seed claim needs a conflict note saying what sources say instead");
        }
        return noteEn == null ? null : new AtlasEvent.SeedConflict(claim, new AtlasEvent.Text(noteEn, noteAr));
    }

    private void readFeatures(String file, Layer layer, JsonNode collection, List<MapFeature> features,
            Set<String> ids, List<DatasetProblem> problems) {
        if (!"FeatureCollection".equals(collection.path("type").asString(""))
                || !collection.path("features").isArray()) {
            problems.add(new DatasetProblem(file, "", "type",
                    "must be a GeoJSON FeatureCollection with a 'features' array"));
            return;
        }
        int index = 0;
        for (JsonNode node : collection.get("features")) {
            index++;
            String id = node.path("id").asString("");
            Row feature = new Row(file, "feature " + index + (id.isEmpty() ? "" : " (id '" + id + "')"), node, problems);
            if (!"Feature".equals(node.path("type").asString(""))) {
                feature.problem("type", "must be \"Feature\"");
                continue;
            }
            Row properties = new Row(file, feature.location(), node.path("properties"), problems);
            if (!node.path("properties").isObject()) {
                feature.problem("properties", "missing or not an object");
                continue;
            }
            MapFeature read = readFeature(feature, properties, layer, ids);
            if (read != null) {
                features.add(read);
            }
        }
    }

    private MapFeature readFeature(Row feature, Row properties, Layer layer, Set<String> ids) {
        int before = problemCount(feature);
        String id = readId(feature, ids);
        String geometryJson = null;
        try {
            GeometryReader.read(feature.get("geometry"));
            geometryJson = json.writeValueAsString(feature.get("geometry"));
        } catch (IllegalArgumentException e) {
            feature.problem("geometry", e.getMessage());
        }
        properties.rejectUnknownFields(FEATURE_PROPERTIES);
        MapFeature.Names names = new MapFeature.Names(
                properties.requiredText("name_en", DatasetLimits.NAME_MAX, Row.Script.LATIN),
                properties.requiredText("name_ar", DatasetLimits.NAME_MAX, Row.Script.ARABIC),
                properties.optionalText("name_ru", DatasetLimits.NAME_MAX, Row.Script.ANY),
                properties.optionalText("name_zh", DatasetLimits.NAME_MAX, Row.Script.ANY));
        List<FeaturePhase> phases = readPhases(properties);
        Integer until = properties.optionalInt("until");
        if (until != null && !YearRange.isInPeriod(until)) {
            properties.problem("until", until + " lies outside " + YearRange.EARLIEST + "–" + YearRange.LATEST);
        } else if (until != null && !phases.isEmpty() && until < phases.getFirst().from()) {
            properties.problem("until", until + " is before the first phase (" + phases.getFirst().from() + ")");
        }
        boolean approximate = properties.optionalBoolean("approximate");
        String note = properties.requiredText("geometry_note", DatasetLimits.NOTE_MAX, Row.Script.ANY);
        List<Source> sources = readSources(properties);
        if (problemCount(feature) > before) {
            return null;
        }
        return new MapFeature(id, layer, names, phases, until, approximate, note, geometryJson, sources);
    }

    private List<FeaturePhase> readPhases(Row properties) {
        List<FeaturePhase> phases = new ArrayList<>();
        List<JsonNode> nodes = properties.array("phases");
        if (nodes.isEmpty()) {
            properties.problem("phases", "needs at least one {from, status}");
        }
        int index = 0;
        for (JsonNode node : nodes) {
            Row phase = properties.element("phases", index++, node);
            phase.rejectUnknownFields(PHASE_FIELDS);
            Integer from = phase.optionalInt("from");
            String statusText = phase.requiredText("status", 30, Row.Script.ANY);
            FeatureStatus status = statusText == null ? null : FeatureStatus.byId(statusText).orElse(null);
            if (statusText != null && status == null) {
                phase.problem("status", "unknown status '" + statusText + "'");
            }
            if (from == null) {
                phase.problem("from", "missing year");
            } else if (from < DatasetLimits.EARLIEST_PHASE_YEAR || from > YearRange.LATEST) {
                phase.problem("from", from + " lies outside " + DatasetLimits.EARLIEST_PHASE_YEAR + "–"
                        + YearRange.LATEST);
            } else if (!phases.isEmpty() && from <= phases.getLast().from()) {
                phase.problem("from", from + " does not come after the previous phase (" + phases.getLast().from() + ")");
            } else if (status != null) {
                phases.add(new FeaturePhase(from, status));
            }
        }
        return phases;
    }

    private List<Source> readSources(Row row) {
        List<Source> sources = new ArrayList<>();
        List<JsonNode> nodes = row.array("sources");
        if (nodes.isEmpty()) {
            row.problem("sources", "needs at least one source with a URL");
        }
        int index = 0;
        for (JsonNode node : nodes) {
            Row source = row.element("sources", index++, node);
            source.rejectUnknownFields(SOURCE_FIELDS);
            String title = source.requiredText("title", DatasetLimits.SOURCE_TITLE_MAX, Row.Script.ANY);
            String publisher = source.requiredText("publisher", DatasetLimits.PUBLISHER_MAX, Row.Script.ANY);
            String url = source.requiredText("url", DatasetLimits.URL_MAX, Row.Script.ANY);
            if (url != null && !isWebAddress(url)) {
                source.problem("url", "'" + url + "' is not an http(s) address");
            }
            String published = source.optionalText("date", 10, Row.Script.ANY);
            if (published != null) {
                try {
                    EventDate.parse(published);
                } catch (IllegalArgumentException e) {
                    source.problem("date", e.getMessage());
                }
            }
            sources.add(new Source(title, publisher, url, published));
        }
        return sources;
    }

    private static String readId(Row row, Set<String> ids) {
        String id = row.requiredText("id", 80, Row.Script.ANY);
        if (id == null) {
            return null;
        }
        if (!DatasetLimits.ID.matcher(id).matches()) {
            row.problem("id", "'" + id + "' must be lower-case letters, digits and hyphens (at most 80)");
        } else if (!ids.add(id)) {
            row.problem("id", "'" + id + "' is used twice");
        }
        return id;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int problemCount(Row row) {
        return row.problemCount();
    }
}
