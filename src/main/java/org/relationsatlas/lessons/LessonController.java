package org.relationsatlas.lessons;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.relationsatlas.api.NotFoundException;
import org.relationsatlas.api.RequestBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lessons over HTTP: GET /api/lessons lists them, GET /api/lessons/{id}.json exports one as a lesson
 * file; POST /api/lessons (application/json, editors only, at most {@link LessonLimits#FILE_MAX_BYTES}) imports one.
 */
@RestController
public class LessonController {

    private final LessonService lessons;

    public LessonController(LessonService lessons) {
        this.lessons = lessons;
    }

    /** Id, titles and number of steps of each lesson. */
    @GetMapping("/api/lessons")
    public List<Map<String, Object>> list() {
        return lessons.lessons().stream().map(lesson -> Map.<String, Object>of("id", lesson.id(),
                "title_en", lesson.title().en(), "title_ar", lesson.title().ar(), "steps", lesson.steps().size()))
                .toList();
    }

    @GetMapping("/api/lessons/{id}.json")
    public ResponseEntity<String> export(@PathVariable String id) {
        String file = lessons.export(id).orElseThrow(() -> new NotFoundException("no lesson '" + id + "'"));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".json\"")
                .body(file);
    }

    @PostMapping(value = "/api/lessons", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> importLesson(HttpServletRequest request) throws IOException {
        byte[] file = RequestBodies.bytes(request, LessonLimits.FILE_MAX_BYTES);
        LessonService.Imported imported = lessons.importFile("request body", file);
        return ResponseEntity.status(imported.replaced() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(Map.of("id", imported.lesson().id(), "steps", imported.lesson().steps().size(),
                        "replaced", imported.replaced()));
    }

    /** A refused file: 400 with every problem, and nothing saved. */
    @ExceptionHandler(LessonFileException.class)
    public ResponseEntity<Map<String, Object>> refused(LessonFileException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "the lesson file has problems; nothing was saved",
                "problems", e.problems().stream().map(Object::toString).toList()));
    }
}
