package org.relationsatlas.classroom;

import java.util.Optional;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.lessons.Lesson;
import org.relationsatlas.lessons.LessonService;
import org.relationsatlas.lessons.LessonStep;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.NoSuchPage;
import org.relationsatlas.ui.PageLanguage;

/**
 * The presenter notes in a window of their own (on the presenter's laptop screen while the projector
 * shows the lesson). It follows the lesson window: each step shown there shows its notes here.
 */
@Route(Addresses.LESSON_NOTES_ROUTE)
@JsModule("./atlas-presenter.ts")
@AnonymousAllowed
public class LessonNotesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private Lesson lesson;
    private Lang lang = Lang.EN;
    private final Span counter = new Span();
    private final Paragraph caption = new Paragraph();
    private final Div notes = new Div();

    public LessonNotesView(LessonService lessons) {
        this.lessons = lessons;
        addClassNames("lesson-notes-view", "presentation");
        counter.addClassName("step-counter");
        caption.addClassName("notes-caption");
        notes.addClassName("notes-text");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lang = PageLanguage.enter(this, event);
        String id = event.getRouteParameters().get(Addresses.RouteParameter.LESSON_ID).orElse("");
        Optional<Lesson> found = lessons.lesson(id);
        removeAll();
        if (found.isEmpty()) {
            NoSuchPage.show(event, UiText.NO_SUCH_LESSON.in(lang, id));
            return;
        }
        lesson = found.get();
        NotesFollower follower = new NotesFollower(lesson.id());
        follower.addStepListener(this::show);
        add(new H1(UiText.PRESENTER_NOTES.in(lang) + " · " + lesson.title().in(lang)), counter, caption, notes,
                follower);
        int first = event.getLocation().getQueryParameters().getSingleParameter("step")
                .map(text -> text.matches("\\d{1,4}") ? Integer.parseInt(text) : 1).orElse(1);
        show(first);
    }

    @Override
    public String getPageTitle() {
        return UiText.PRESENTER_NOTES.in(lang);
    }

    private void show(int number) {
        if (lesson == null || !lesson.hasStep(number)) {
            counter.setText(lesson == null || lesson.steps().isEmpty() ? UiText.EMPTY_LESSON.in(lang) : "");
            return;
        }
        LessonStep step = lesson.step(number);
        counter.setText(UiText.STEP_OF.in(lang, number, lesson.steps().size()));
        caption.setText(lang.digits(step.caption().in(lang)));
        String text = step.notes() == null ? null : step.notes().in(lang);
        notes.setText(text == null ? UiText.NO_NOTES.in(lang) : lang.digits(text));
    }
}
