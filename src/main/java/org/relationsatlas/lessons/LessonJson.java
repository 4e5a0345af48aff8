package org.relationsatlas.lessons;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.relationsatlas.dataset.DatasetProblem;
import org.relationsatlas.dataset.Row;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.relationsatlas.i18n.Bilingual;

/**
 * The lesson file format, "relations-atlas-lesson/1" (data/lessons/README.md): reading with every
 * problem reported by file, step and field, and writing. What a file refers to (events, regions) is
 * checked against the atlas through {@link References}.
 */
public final class LessonJson {

    public static final String FORMAT = "relations-atlas-lesson/1";

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Set<String> LESSON_FIELDS = Set.of("format", "id", "title_en", "title_ar", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("from", "to", "layers", "region", "camera", "event",
            "caption_en", "caption_ar", "notes_en", "notes_ar");
    private static final Set<String> CAMERA_FIELDS = Set.of("lon", "lat", "zoom");

    /** What a lesson may point at, as the atlas has it now. */
    public interface References {

        /** The year of the event's main date, empty when there is no such event. */
        OptionalInt eventYear(String eventId);

        /** The layer the event belongs to, if its category is one. */
        Optional<Layer> eventLayer(String eventId);

        boolean regionExists(String regionId);
    }

    private final JsonMapper json;

    public LessonJson(JsonMapper json) {
        // A key given twice is a mistake in the file, not a value to overwrite silently.
        this.json = json.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    public String write(Lesson lesson) {
        ObjectNode root = json.createObjectNode()
                .put("format", FORMAT)
                .put("id", lesson.id())
                .put("title_en", lesson.title().en())
                .put("title_ar", lesson.title().ar());
        ArrayNode steps = root.putArray("steps");
        for (LessonStep step : lesson.steps()) {
            ObjectNode node = steps.addObject().put("from", step.range().from()).put("to", step.range().to());
            ArrayNode layers = node.putArray("layers");
            step.layers().forEach(layer -> layers.add(layer.id()));
            node.put("region", step.regionId());
            if (step.camera() == null) {
                node.putNull("camera");
            } else {
                node.putObject("camera").put("lon", step.camera().lon()).put("lat", step.camera().lat())
                        .put("zoom", step.camera().zoom());
            }
            node.put("event", step.eventId())
                    .put("caption_en", step.caption().en())
                    .put("caption_ar", step.caption().ar())
                    .put("notes_en", step.notes() == null ? null : step.notes().en())
                    .put("notes_ar", step.notes() == null ? null : step.notes().ar());
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * A lesson file's bytes as text: UTF-8, as JSON is exchanged (RFC 8259), with a leading byte-order
     * mark dropped (editors on Windows write one). Bytes that are not UTF-8 are refused, not replaced:
     * a title would otherwise be saved with \uFFFD where a letter was.
     */
    public static String text(String fileName, byte[] bytes) {
        if (bytes.length > LessonLimits.FILE_MAX_BYTES) {
            throw problem(fileName, "the file is larger than " + LessonLimits.FILE_MAX_BYTES / 1000 + " KB");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            throw problem(fileName, "not valid UTF-8 at byte " + (in.position() + 1)
                    + "; save the lesson file as UTF-8 text");
        }
        utf8.flush(out);
        String text = out.flip().toString();
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    private static LessonFileException problem(String fileName, String message) {
        return new LessonFileException(List.of(new DatasetProblem(fileName, "", "", message)));
    }

    /** Reads a lesson file; throws with every problem found, so one attempt shows them all. */
    public Lesson read(String fileName, String text, References references) {
        Reader reader = new Reader(fileName);
        if (text.length() > LessonLimits.FILE_MAX_BYTES) {
            reader.problem("", "", "the file is larger than " + LessonLimits.FILE_MAX_BYTES / 1000 + " KB");
            throw new LessonFileException(reader.problems);
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            reader.problem("", "", "not valid JSON: " + e.getOriginalMessage());
            throw new LessonFileException(reader.problems);
        }
        if (root == null || !root.isObject()) {
            reader.problem("", "", "must be a JSON object with format, id, title_en, title_ar and steps");
            throw new LessonFileException(reader.problems);
        }
        Lesson lesson = reader.lesson(root, references);
        if (!reader.problems.isEmpty()) {
            throw new LessonFileException(reader.problems);
        }
        return lesson;
    }

    /** One reading of one file: its fields through the dataset's {@link Row}, every problem collected. */
    private static final class Reader {

        private final String file;
        private final List<DatasetProblem> problems = new ArrayList<>();

        Reader(String file) {
            this.file = file;
        }

        void problem(String location, String field, String message) {
            problems.add(new DatasetProblem(file, location, field, message));
        }

        Lesson lesson(JsonNode root, References references) {
            Row lesson = new Row(file, "", root, problems);
            lesson.rejectUnknownFields(LESSON_FIELDS);
            JsonNode format = lesson.get("format");
            if (format == null || !FORMAT.equals(format.asString(""))) {
                lesson.problem("format", "must be \"" + FORMAT + "\"");
            }
            String id = lesson.requiredText("id", LessonLimits.TITLE_MAX, Row.Script.ANY);
            if (id != null && !LessonLimits.ID.matcher(id).matches()) {
                lesson.problem("id", "'" + id + "' must be lowercase letters, digits and hyphens (at most 80)");
            }
            String titleEn = lesson.requiredText("title_en", LessonLimits.TITLE_MAX, Row.Script.LATIN);
            String titleAr = lesson.requiredText("title_ar", LessonLimits.TITLE_MAX, Row.Script.ARABIC);
            JsonNode stepNodes = lesson.get("steps");
            List<LessonStep> steps = new ArrayList<>();
            if (stepNodes == null || !stepNodes.isArray()) {
                lesson.problem("steps", "must be a list of steps (it may be empty while the lesson is written)");
            } else if (stepNodes.size() > LessonLimits.STEPS_MAX) {
                lesson.problem("steps", "has " + stepNodes.size() + " steps; at most " + LessonLimits.STEPS_MAX);
            } else {
                for (int i = 0; i < stepNodes.size(); i++) {
                    LessonStep step = step(stepNodes.get(i), "step " + (i + 1), references);
                    if (step != null) {
                        steps.add(step);
                    }
                }
            }
            return new Lesson(id, new Bilingual(titleEn, titleAr), steps);
        }

        private LessonStep step(JsonNode node, String at, References references) {
            if (!node.isObject()) {
                problem(at, "", "must be an object");
                return null;
            }
            Row step = new Row(file, at, node, problems);
            int before = step.problemCount();
            step.rejectUnknownFields(STEP_FIELDS);
            Integer from = year(step, "from");
            Integer to = year(step, "to");
            if (from != null && to != null && from > to) {
                step.problem("to", to + " is before from (" + from + ")");
            }
            Set<Layer> layers = layers(step);
            String regionId = step.optionalText("region", 80, Row.Script.ANY);
            if (regionId != null && !references.regionExists(regionId)) {
                step.problem("region", "no region '" + regionId + "' in the atlas");
            }
            Camera camera = camera(step);
            String eventId = step.optionalText("event", 80, Row.Script.ANY);
            if (eventId != null) {
                OptionalInt year = references.eventYear(eventId);
                if (year.isEmpty()) {
                    step.problem("event", "no event '" + eventId + "' in the atlas");
                } else if (from != null && to != null && from <= to && (year.getAsInt() < from || year.getAsInt() > to)) {
                    step.problem("event", "'" + eventId + "' is dated " + year.getAsInt()
                            + ", outside the step's years " + from + "–" + to);
                } else {
                    references.eventLayer(eventId).filter(layer -> !layers.contains(layer)).ifPresent(layer ->
                            step.problem("layers", "must include '" + layer.id() + "', the layer of event '" + eventId + "'"));
                }
            }
            String captionEn = step.requiredText("caption_en", LessonLimits.CAPTION_MAX, Row.Script.LATIN);
            String captionAr = step.requiredText("caption_ar", LessonLimits.CAPTION_MAX, Row.Script.ARABIC);
            String notesEn = step.optionalText("notes_en", LessonLimits.NOTES_MAX, Row.Script.LATIN);
            String notesAr = step.optionalText("notes_ar", LessonLimits.NOTES_MAX, Row.Script.ARABIC);
            if (step.problemCount() > before) {
                return null;
            }
            Bilingual notes = notesEn == null && notesAr == null ? null : new Bilingual(notesEn, notesAr);
            return new LessonStep(new YearRange(from, to), layers, regionId, camera, eventId,
                    new Bilingual(captionEn, captionAr), notes);
        }

        private static Integer year(Row step, String field) {
            JsonNode value = step.get(field);
            if (value == null || !value.isInt() || !YearRange.isInPeriod(value.asInt())) {
                step.problem(field, "must be a year from " + YearRange.EARLIEST + " to " + YearRange.LATEST
                        + (value == null ? " (missing)" : ", not " + value));
                return null;
            }
            return value.asInt();
        }

        private static Set<Layer> layers(Row step) {
            Set<Layer> layers = EnumSet.noneOf(Layer.class);
            JsonNode value = step.get("layers");
            if (value == null || !value.isArray()) {
                step.problem("layers", "must be a list of layer ids (" + Layer.ids() + ")");
                return layers;
            }
            for (JsonNode item : value) {
                Optional<Layer> layer = item.isString() ? Layer.byId(item.asString()) : Optional.empty();
                layer.ifPresentOrElse(layers::add,
                        () -> step.problem("layers", Layer.unknownLayerMessage(item.asString(String.valueOf(item)))));
            }
            return layers;
        }

        private static Camera camera(Row step) {
            JsonNode value = step.get("camera");
            if (value == null) {
                return null;
            }
            if (!value.isObject()) {
                step.problem("camera", "must be {\"lon\": …, \"lat\": …, \"zoom\": …} or null");
                return null;
            }
            step.child("camera", value).rejectUnknownFields(CAMERA_FIELDS);
            JsonNode lon = value.get("lon");
            JsonNode lat = value.get("lat");
            JsonNode zoom = value.get("zoom");
            if (lon == null || lat == null || zoom == null || !lon.isNumber() || !lat.isNumber() || !zoom.isNumber()) {
                step.problem("camera", "needs numbers lon, lat and zoom");
                return null;
            }
            try {
                // Through Number: a number too big for a double becomes ±infinity, which Camera refuses,
                // where JsonNode.asDouble would throw.
                return new Camera(lon.numberValue().doubleValue(), lat.numberValue().doubleValue(),
                        zoom.numberValue().doubleValue());
            } catch (IllegalArgumentException e) {
                step.problem("camera", e.getMessage());
                return null;
            }
        }
    }
}
