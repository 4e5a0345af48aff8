package org.relationsatlas.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.relationsatlas.events.EventService;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.regions.RegionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import org.relationsatlas.i18n.Bilingual;

/**
 * Reading, editing, importing and exporting lessons. Every change is checked by the same rules as a
 * lesson file (a lesson is saved only when its file form would be accepted), and only editors may
 * make one: the views hide the buttons, and these methods refuse anyone else.
 */
@Service
public class LessonService {

    /** Who may change lessons. */
    public static final String EDITOR = "EDITOR";
    private static final String EDITORS_ONLY = "hasRole('" + EDITOR + "')";

    private final LessonRepository repository;
    private final LessonJson json;
    private final LessonJson.References references;

    public LessonService(LessonRepository repository, JsonMapper mapper, EventService events, RegionService regions) {
        this.repository = repository;
        this.json = new LessonJson(mapper);
        this.references = new LessonJson.References() {
            @Override
            public OptionalInt eventYear(String eventId) {
                return events.event(eventId).map(event -> OptionalInt.of(event.date().year())).orElse(OptionalInt.empty());
            }

            @Override
            public Optional<Layer> eventLayer(String eventId) {
                return events.event(eventId).flatMap(event -> event.category().layer());
            }

            @Override
            public boolean regionExists(String regionId) {
                return regions.region(regionId).isPresent();
            }
        };
    }

    public List<Lesson> lessons() {
        return repository.findAll();
    }

    public Optional<Lesson> lesson(String id) {
        return id == null ? Optional.empty() : repository.find(id);
    }

    /** The lesson as a file in the documented format. */
    public Optional<String> export(String id) {
        return lesson(id).map(json::write);
    }

    /** A lesson file as uploaded or posted: its bytes, which must be UTF-8 (see {@link LessonJson#text}). */
    @PreAuthorize(EDITORS_ONLY)
    public Imported importFile(String fileName, byte[] file) {
        return importFile(fileName, LessonJson.text(fileName, file));
    }

    /** Reads a lesson file and saves it, replacing a lesson with the same id; a bad file changes nothing. */
    @PreAuthorize(EDITORS_ONLY)
    public Imported importFile(String fileName, String text) {
        Lesson lesson = json.read(fileName, text, references);
        boolean replaced = repository.exists(lesson.id());
        repository.save(lesson);
        return new Imported(lesson, replaced);
    }

    /** The outcome of an import: the lesson saved, and whether it replaced one with its id. */
    public record Imported(Lesson lesson, boolean replaced) {
    }

    /**
     * Saves a shipped lesson file unless a lesson with its id exists (teachers' edits are kept).
     * Open to the start-up code, which has no user: it never replaces anything.
     */
    public boolean importShippedIfAbsent(String fileName, String text) {
        Lesson lesson = json.read(fileName, text, references);
        if (repository.exists(lesson.id())) {
            return false;
        }
        repository.save(lesson);
        return true;
    }

    @PreAuthorize(EDITORS_ONLY)
    public Lesson create(String id, Bilingual title) {
        if (repository.exists(id)) {
            throw new LessonFileException(List.of(new org.relationsatlas.dataset.DatasetProblem("new lesson", "", "id",
                    "a lesson '" + id + "' exists already")));
        }
        return save(new Lesson(id, title, List.of()));
    }

    @PreAuthorize(EDITORS_ONLY)
    public Lesson rename(String id, Bilingual title) {
        return save(existing(id).withTitle(title));
    }

    @PreAuthorize(EDITORS_ONLY)
    public Lesson addStep(String id, LessonStep step) {
        return save(existing(id).withStepAdded(step));
    }

    /** Moves step {@code index} (from 0) by {@code delta} places, within the lesson. */
    @PreAuthorize(EDITORS_ONLY)
    public Lesson moveStep(String id, int index, int delta) {
        Lesson lesson = existing(id);
        List<LessonStep> steps = new ArrayList<>(lesson.steps());
        int target = index + delta;
        if (index < 0 || index >= steps.size() || target < 0 || target >= steps.size()) {
            return lesson;
        }
        steps.add(target, steps.remove(index));
        return save(lesson.withSteps(steps));
    }

    @PreAuthorize(EDITORS_ONLY)
    public Lesson editStep(String id, int index, Bilingual caption, Bilingual notes) {
        Lesson lesson = existing(id);
        List<LessonStep> steps = new ArrayList<>(lesson.steps());
        steps.set(index, steps.get(index).withCaption(caption, notes));
        return save(lesson.withSteps(steps));
    }

    @PreAuthorize(EDITORS_ONLY)
    public Lesson deleteStep(String id, int index) {
        Lesson lesson = existing(id);
        List<LessonStep> steps = new ArrayList<>(lesson.steps());
        steps.remove(index);
        return save(lesson.withSteps(steps));
    }

    @PreAuthorize(EDITORS_ONLY)
    public void delete(String id) {
        repository.delete(id);
    }

    private Lesson existing(String id) {
        return lesson(id).orElseThrow(() -> new IllegalArgumentException("no lesson '" + id + "'"));
    }

    /** Checked as its file form would be, then saved; a refused change leaves the stored lesson as it was. */
    private Lesson save(Lesson lesson) {
        Lesson checked = json.read("lesson '" + lesson.id() + "'", json.write(lesson), references);
        repository.save(checked);
        return checked;
    }
}
