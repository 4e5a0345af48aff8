package org.relationsatlas.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.years.YearRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.relationsatlas.i18n.Bilingual;

/** Lessons in H2 through the service: shipped lessons loaded, editing for editors only, bad files change nothing. */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class LessonServiceTest {

    private static final String TEST_ID = "service-test-lesson";

    @Autowired
    LessonService lessons;

    @Autowired
    LessonRepository repository;

    @AfterEach
    void removeTestLesson() {
        repository.delete(TEST_ID);
    }

    private static Lesson testLesson() {
        return new Lesson(TEST_ID, new Bilingual("Test lesson", "درس تجريبي"), List.of(new LessonStep(
                new YearRange(1969, 1969), EnumSet.of(Layer.BORDERS), "amur-ussuri", null, "zhenbao-clash-1969",
                new Bilingual("Zhenbao.", "جزيرة تشنباو."), null)));
    }

    @Test
    void theThreeShippedLessonsAreLoadedWithTheirSteps() {
        assertThat(lessons.lessons()).extracting(Lesson::id)
                .contains("alliance-1950", "border-1969-2008", "energy-rail-2009-2025");
        Lesson alliance = lessons.lesson("alliance-1950").orElseThrow();
        assertThat(alliance.steps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(alliance.steps()).extracting(LessonStep::eventId).contains("treaty-1950");
    }

    @Test
    @WithAnonymousUser
    void anonymousUsersCannotChangeLessons() {
        String file = new LessonJson(tools.jackson.databind.json.JsonMapper.builder().build()).write(testLesson());
        assertThatThrownBy(() -> lessons.importFile("x.json", file)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> lessons.delete("alliance-1950")).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(lessons.lesson(TEST_ID)).isEmpty();
        assertThat(lessons.lesson("alliance-1950")).isPresent();
    }

    @Test
    @WithMockUser(roles = LessonService.EDITOR)
    void anEditorImportsEditsReordersAndDeletesAndABadChangeLeavesTheLessonAsItWas() {
        String file = new LessonJson(tools.jackson.databind.json.JsonMapper.builder().build()).write(testLesson());
        assertThat(lessons.importFile("x.json", file).replaced()).isFalse();
        Lesson twoSteps = lessons.addStep(TEST_ID, new LessonStep(new YearRange(1950, 1950), EnumSet.noneOf(Layer.class),
                null, new Camera(100, 45, 3), "treaty-1950", new Bilingual("Treaty.", "المعاهدة."), null));
        assertThat(twoSteps.steps()).hasSize(2);
        assertThat(lessons.moveStep(TEST_ID, 1, -1).steps()).extracting(LessonStep::eventId)
                .containsExactly("treaty-1950", "zhenbao-clash-1969");
        Lesson before = lessons.lesson(TEST_ID).orElseThrow();
        assertThatThrownBy(() -> lessons.editStep(TEST_ID, 0, new Bilingual("Treaty.", "no Arabic here"), null))
                .isInstanceOf(LessonFileException.class).hasMessageContaining("caption_ar");
        assertThatThrownBy(() -> lessons.importFile("broken.json", file.replace("\"to\" : 1969", "\"to\" : 1900")))
                .isInstanceOf(LessonFileException.class).hasMessageContaining("broken.json, step 1, field 'to'");
        assertThat(lessons.lesson(TEST_ID)).contains(before);
        assertThat(lessons.deleteStep(TEST_ID, 0).steps()).hasSize(1);
        lessons.delete(TEST_ID);
        assertThat(lessons.lesson(TEST_ID)).isEmpty();
    }
}
