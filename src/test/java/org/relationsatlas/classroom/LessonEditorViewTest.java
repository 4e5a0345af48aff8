package org.relationsatlas.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.layers.Layer;
import org.relationsatlas.lessons.Camera;
import org.relationsatlas.lessons.Lesson;
import org.relationsatlas.lessons.LessonRepository;
import org.relationsatlas.lessons.LessonService;
import org.relationsatlas.lessons.LessonStep;
import org.relationsatlas.ui.PageNotFound;
import org.relationsatlas.years.YearRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The lesson editor without a browser, as an editor, on a lesson of its own (the shipped lessons are
 * shared by every test): saving, reordering, and a refused edit that changes nothing.
 */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
@WithMockUser(roles = LessonService.EDITOR)
class LessonEditorViewTest extends SpringBrowserlessTest {

    private static final String TEST_ID = "editor-view-test-lesson";

    @Autowired
    LessonService lessons;

    @Autowired
    LessonRepository repository;

    @BeforeEach
    void createTestLesson() {
        repository.save(new Lesson(TEST_ID, new Bilingual("Editor test", "اختبار المحرر"), List.of(
                new LessonStep(new YearRange(1969, 1969), EnumSet.of(Layer.BORDERS), "amur-ussuri", null,
                        "zhenbao-clash-1969", new Bilingual("Zhenbao.", "جزيرة تشنباو."), null),
                new LessonStep(new YearRange(1950, 1950), EnumSet.noneOf(Layer.class), null, new Camera(100, 45, 3),
                        "treaty-1950", new Bilingual("Treaty.", "المعاهدة."),
                        new Bilingual("Say who signed.", "اذكر من وقّع.")))));
        UI.getCurrent().navigate("lesson/" + TEST_ID + "/edit", QueryParameters.of("lang", "en"));
    }

    @AfterEach
    void removeTestLesson() {
        repository.delete(TEST_ID);
    }

    private ListItem step(int number) {
        return $(ListItem.class).withAttribute("data-step", String.valueOf(number)).single();
    }

    private TextArea field(int step, String className) {
        return $(TextArea.class, step(step)).withClassName(className).single();
    }

    private void click(int step, String className) {
        test($(Button.class, step(step)).withClassName(className).single()).click();
    }

    private Lesson stored() {
        return lessons.lesson(TEST_ID).orElseThrow();
    }

    @Test
    void theEditorListsEachStepWithItsTexts() {
        assertThat($(ListItem.class).withClassName("step-item").all()).hasSize(2);
        assertThat($(Span.class, step(1)).withClassName("step-view").single().getText()).contains("zhenbao-clash-1969");
        assertThat(field(2, "caption-en").getValue()).isEqualTo("Treaty.");
        assertThat(field(2, "notes-ar").getValue()).isEqualTo("اذكر من وقّع.");
    }

    @Test
    void savingACaptionChangesIt() {
        test(field(1, "caption-en")).setValue("Zhenbao Island, March 1969.");
        click(1, "save-step");
        assertThat($(Div.class).withClassName("saved").single().getText()).isEqualTo("Saved.");
        assertThat(stored().step(1).caption()).isEqualTo(new Bilingual("Zhenbao Island, March 1969.", "جزيرة تشنباو."));
        assertThat(field(1, "caption-en").getValue()).isEqualTo("Zhenbao Island, March 1969.");
    }

    @Test
    void movingAStepDownReordersTheLesson() {
        assertThat($(Button.class, step(1)).withClassName("move-up").single().isEnabled()).isFalse();
        click(1, "move-down");
        assertThat(stored().steps()).extracting(LessonStep::eventId).containsExactly("treaty-1950", "zhenbao-clash-1969");
        assertThat(field(1, "caption-en").getValue()).isEqualTo("Treaty.");
        assertThat(field(2, "caption-en").getValue()).isEqualTo("Zhenbao.");
    }

    @Test
    void anEmptyEnglishCaptionIsRefusedWithItsProblemAndChangesNothing() {
        Lesson before = stored();
        test(field(2, "caption-en")).setValue("");
        test(field(2, "notes-en")).setValue("Changed notes that must not be saved.");
        click(2, "save-step");
        Div problems = $(Div.class).withClassName("edit-problems").single();
        assertThat(problems.getElement().getTextRecursively()).startsWith("Nothing was changed.").contains("caption_en");
        assertThat($(Div.class).withClassName("saved").all()).isEmpty();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anUnknownLessonSaysSo() {
        UI.getCurrent().navigate("lesson/no-such-lesson/edit", QueryParameters.of("lang", "en"));
        // The error page (a 404), its heading naming the lesson.
        assertThat(getCurrentView()).isInstanceOf(PageNotFound.class);
        assertThat($(H1.class).single().getText()).isEqualTo("No lesson 'no-such-lesson'.");
    }
}
