package org.relationsatlas.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.lessons.LessonService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The lesson list without a browser: every lesson with its steps; editing controls for editors only. */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class LessonsViewTest extends SpringBrowserlessTest {

    private void open(String query) {
        UI.getCurrent().navigate("lessons", QueryParameters.fromString(query));
    }

    /** Each listed lesson's id with the step total it shows. */
    private Map<String, String> stepTotals() {
        return $(ListItem.class).withClassName("lesson-item").all().stream().collect(Collectors.toMap(
                item -> item.getElement().getAttribute("data-lesson-id"),
                item -> $(Span.class, item).withClassName("step-total").single().getText()));
    }

    private String titleOf(String lessonId) {
        ListItem item = $(ListItem.class).withAttribute("data-lesson-id", lessonId).single();
        return $(H2.class, item).single().getText();
    }

    @Test
    @WithAnonymousUser
    void theThreeShippedLessonsAreListedWithTheirStepCounts() {
        open("lang=en");
        assertThat(stepTotals()).containsEntry("alliance-1950", "7 steps")
                .containsEntry("border-1969-2008", "10 steps")
                .containsEntry("energy-rail-2009-2025", "10 steps");
        assertThat(titleOf("alliance-1950")).isEqualTo("1950: the alliance");
        assertThat($(Anchor.class).withClassName("present-link").all()).extracting(Anchor::getHref)
                .contains("lesson/border-1969-2008?lang=en");
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsSeeNoEditingControls() {
        open("lang=en");
        assertThat($(Anchor.class).withClassName("edit-link").all()).isEmpty();
        assertThat($(Button.class).withClassName("delete-lesson").all()).isEmpty();
        assertThat($(Div.class).withClassName("new-lesson").all()).isEmpty();
        assertThat($(Div.class).withClassName("import-lesson").all()).isEmpty();
        assertThat($(Anchor.class).withClassName("account-link").single().getText()).isEqualTo("Editor log in");
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsCannotOpenTheEditor() {
        UI.getCurrent().navigate("lesson/alliance-1950/edit", QueryParameters.of("lang", "en"));
        assertThat(getCurrentView()).isNotInstanceOf(LessonEditorView.class);
        assertThat($(TextArea.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(roles = LessonService.EDITOR)
    void editorsCanEditDeleteCreateAndImport() {
        open("lang=en");
        assertThat($(Anchor.class).withClassName("edit-link").all()).extracting(Anchor::getHref)
                .contains("lesson/alliance-1950/edit?lang=en", "lesson/border-1969-2008/edit?lang=en",
                        "lesson/energy-rail-2009-2025/edit?lang=en");
        assertThat($(Button.class).withClassName("delete-lesson").all()).hasSizeGreaterThanOrEqualTo(3);
        assertThat($(Div.class).withClassName("new-lesson").all()).hasSize(1);
        assertThat($(Div.class).withClassName("import-lesson").all()).hasSize(1);
        assertThat($(Button.class).withClassName("account-link").single().getText()).isEqualTo("Log out");
        assertThat($(Anchor.class).withClassName("account-link").all()).as("no GET link to /logout").isEmpty();
    }

    @Test
    @WithAnonymousUser
    void theArabicListIsInArabicWithArabicIndicDigits() {
        open("lang=ar");
        assertThat(stepTotals()).containsEntry("alliance-1950", "٧ خطوات").containsEntry("border-1969-2008", "١٠ خطوات");
        assertThat(titleOf("alliance-1950")).isEqualTo("١٩٥٠: عام التحالف");
    }
}
