package org.relationsatlas.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.relationsatlas.map.AtlasMap;
import org.relationsatlas.map.MapState;
import org.relationsatlas.ui.EventList;
import org.springframework.boot.test.context.SpringBootTest;

/** Presenting a lesson without a browser: what a step shows, where the map goes, and the presenter's keys. */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class LessonViewTest extends SpringBrowserlessTest {

    private static final String BORDER = "border-1969-2008";

    private void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    private String counter() {
        return $(Span.class).withClassName("step-counter").single().getText();
    }

    private String caption() {
        return $(Div.class).withClassName("lesson-caption").single().getText();
    }

    private String shownEventId() {
        Div box = $(Div.class).withClassName("lesson-event").single();
        return $(EventList.class, box).single().eventIds().getFirst();
    }

    /** The presenter notes, hidden or not (the query only finds shown components). */
    private Div notes() {
        return $(Div.class).withClassName("lesson-side").single().getChildren()
                .filter(child -> child.hasClassName("presenter-notes")).map(Div.class::cast).findFirst().orElseThrow();
    }

    private void press(String to) {
        Presenter presenter = $(Presenter.class).single();
        ComponentUtil.fireEvent(presenter, new PresenterMoveEvent(presenter, true, to));
    }

    @Test
    void aStepShowsItsCaptionCounterAndEventAndSetsTheMap() {
        open("lesson/" + BORDER + "/step/4", "lang=en");
        assertThat(counter()).isEqualTo("Step 4 of 10");
        assertThat(caption()).startsWith("9 February 1987: Chinese and Soviet negotiators resume talks");
        assertThat(shownEventId()).isEqualTo("border-talks-resume-1987");
        MapState map = $(AtlasMap.class).single().state();
        assertThat(map.from()).isEqualTo(1969);
        assertThat(map.to()).isEqualTo(1987);
        assertThat(map.layers()).containsExactly("borders");
        assertThat(map.lang()).isEqualTo("en");
    }

    @Test
    void theLessonAddressOpensStepOne() {
        open("lesson/" + BORDER, "lang=en");
        assertThat(counter()).isEqualTo("Step 1 of 10");
        assertThat(shownEventId()).isEqualTo("zhenbao-clash-1969");
        assertThat($(Button.class).withClassName("previous-step").single().isEnabled()).isFalse();
    }

    @Test
    void anUnknownLessonOrStepSaysSo() {
        open("lesson/no-such-lesson", "lang=en");
        assertThat($(H1.class).single().getText()).isEqualTo("No lesson 'no-such-lesson'.");
        open("lesson/" + BORDER + "/step/42", "lang=en");
        assertThat($(Div.class).withClassName("notice").single().getText())
                .isEqualTo("Lesson 'border-1969-2008' has no step 42; showing step 1.");
        assertThat(counter()).isEqualTo("Step 1 of 10");
    }

    @Test
    void theArabicStepIsInArabicWithArabicIndicDigits() {
        open("lesson/" + BORDER + "/step/4", "lang=ar");
        assertThat(getCurrentView().getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(counter()).isEqualTo("الخطوة ٤ من ١٠");
        assertThat(caption()).startsWith("٩ فبراير ١٩٨٧").doesNotContainPattern("[0-9]");
        assertThat($(H1.class).single().getText()).contains("١٩٦٩").doesNotContainPattern("[0-9]");
    }

    @Test
    void presenterKeysMoveBetweenStepsAndUnknownMovesAreIgnored() {
        open("lesson/" + BORDER + "/step/4", "lang=en");
        press("next");
        assertThat(counter()).isEqualTo("Step 5 of 10");
        assertThat($(AtlasMap.class).single().state().to()).isEqualTo(1991);
        press("LAST");
        assertThat(counter()).isEqualTo("Step 10 of 10");
        press("next");
        assertThat(counter()).isEqualTo("Step 10 of 10");
        press("first");
        assertThat(counter()).isEqualTo("Step 1 of 10");
        press("sideways");
        press(null);
        assertThat(counter()).isEqualTo("Step 1 of 10");
    }

    @Test
    void theNotesAreHiddenUntilThePresenterAsksForThem() {
        open("lesson/" + BORDER, "lang=en");
        assertThat(notes().isVisible()).isFalse();
        Presenter presenter = $(Presenter.class).single();
        ComponentUtil.fireEvent(presenter, new PresenterNotesEvent(presenter, true));
        assertThat(notes().isVisible()).isTrue();
        assertThat(notes().getElement().getTextRecursively()).contains("Point at the small island in the Ussuri");
        ComponentUtil.fireEvent(presenter, new PresenterNotesEvent(presenter, true));
        assertThat(notes().isVisible()).isFalse();
    }

    @Test
    void theNotesWindowFollowsTheStepThePresenterShows() {
        open("lesson/" + BORDER + "/notes", "lang=en&step=2");
        assertThat(counter()).isEqualTo("Step 2 of 10");
        NotesFollower follower = $(NotesFollower.class).single();
        ComponentUtil.fireEvent(follower, new FollowStepEvent(follower, true, 5));
        assertThat(counter()).isEqualTo("Step 5 of 10");
        assertThat($(Div.class).withClassName("notes-text").single().getText()).isNotBlank();
    }
}
