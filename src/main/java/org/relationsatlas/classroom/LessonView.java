package org.relationsatlas.classroom;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.relationsatlas.events.AtlasEvent;
import org.relationsatlas.events.EventService;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.lessons.Lesson;
import org.relationsatlas.lessons.LessonService;
import org.relationsatlas.lessons.LessonStep;
import org.relationsatlas.map.AtlasMap;
import org.relationsatlas.map.MapTexts;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.EventList;
import org.relationsatlas.ui.LanguageSwitch;
import org.relationsatlas.ui.NoSuchPage;
import org.relationsatlas.ui.Notice;
import org.relationsatlas.ui.PageHeader;
import org.relationsatlas.ui.PageLanguage;

/**
 * Presenting a lesson: one step at a time, readable from the back of a room (large type, high
 * contrast), with the map flying from one step's view to the next. /lesson/{id} opens step 1;
 * /lesson/{id}/step/{n} opens step n, so a link or a reload returns to the same step.
 */
@Route(Addresses.LESSON_STEP_ROUTE)
@RouteAlias(Addresses.LESSON_ROUTE)
@AnonymousAllowed
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final EventService events;
    private Lesson lesson;
    private Lang lang;
    private int number;
    private AtlasMap map;
    private Presenter presenter;
    private Span stepCounter;
    private Div caption;
    private Div eventBox;
    private Div notes;
    private Div notices;
    private Button previous;
    private Button next;
    private LanguageSwitch switcher;
    private boolean notesOpen;

    public LessonView(LessonService lessons, EventService events) {
        this.lessons = lessons;
        this.events = events;
        addClassNames("lesson-view", "presentation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Lang wanted = PageLanguage.of(event);
        String lessonId = event.getRouteParameters().get(Addresses.RouteParameter.LESSON_ID).orElse("");
        Optional<Lesson> found = lessons.lesson(lessonId);
        boolean sameLesson = lesson != null && found.isPresent() && found.get().id().equals(lesson.id()) && wanted == lang;
        lang = wanted;
        PageLanguage.apply(this, lang);
        if (found.isEmpty()) {
            lesson = null;
            NoSuchPage.show(event, UiText.NO_SUCH_LESSON.in(lang, lessonId));
            return;
        }
        lesson = found.get();
        int asked = event.getRouteParameters().getInteger(Addresses.RouteParameter.STEP).orElse(1);
        if (!sameLesson) {
            build();
        }
        notices.removeAll();
        if (lesson.steps().isEmpty()) {
            caption.setText(UiText.EMPTY_LESSON.in(lang));
            return;
        }
        if (!lesson.hasStep(asked)) {
            notice(UiText.NO_SUCH_STEP.in(lang, lesson.id(), asked));
            asked = 1;
        }
        show(asked, sameLesson);
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? UiText.APP_TITLE.in(lang == null ? Lang.EN : lang)
                : lesson.title().in(lang) + " · " + UiText.APP_TITLE.in(lang);
    }

    private void build() {
        removeAll();
        notesOpen = false;
        H1 title = new H1(lang.digits(lesson.title().in(lang)));
        stepCounter = new Span();
        stepCounter.addClassName("step-counter");
        stepCounter.getElement().setAttribute("aria-live", "polite");
        previous = new Button(UiText.PREVIOUS.in(lang), click -> go(Presenter.Move.PREVIOUS));
        previous.addClassName("previous-step");
        next = new Button(UiText.NEXT.in(lang), click -> go(Presenter.Move.NEXT));
        next.addClassName("next-step");
        Button notesToggle = new Button(UiText.PRESENTER_NOTES.in(lang), click -> toggleNotes());
        notesToggle.addClassName("notes-toggle");
        presenter = new Presenter(lesson.id(), lang);
        presenter.addMoveListener(this::go);
        presenter.addNotesToggleListener(this::toggleNotes);
        // Its address names the step shown, so it is set with each step (show).
        switcher = new LanguageSwitch(lang, Addresses.lesson(lesson.id(), lang.other()));
        PageHeader header = new PageHeader(title, "lesson-header", "lesson-controls", previous, stepCounter, next,
                notesToggle, presenter, switcher, lessonsLink());

        map = new AtlasMap();
        map.addClassName("atlas-map");
        map.getElement().setAttribute("data-loading-label", UiText.MAP_LOADING.in(lang));
        caption = new Div();
        caption.addClassName("lesson-caption");
        caption.getElement().setAttribute("aria-live", "polite");
        eventBox = new Div();
        eventBox.addClassName("lesson-event");
        notes = new Div();
        notes.addClassName("presenter-notes");
        notes.setVisible(false);
        notices = new Div();
        notices.addClassName("notices");
        Paragraph keys = new Paragraph(UiText.LESSON_KEYS.in(lang));
        keys.addClassName("lesson-keys");
        Div side = new Div(notices, caption, eventBox, notes, keys);
        side.addClassName("lesson-side");
        Main main = new Main(map, side);
        main.addClassName("lesson-main");
        add(header, main);
    }

    private Anchor lessonsLink() {
        Anchor link = new Anchor(Addresses.lessons(lang), UiText.LESSONS.in(lang));
        link.addClassName("lessons-link");
        return link;
    }

    /** Shows step {@code n}; after another step of the same lesson, the map flies there. */
    private void show(int n, boolean animate) {
        number = n;
        LessonStep step = lesson.step(n);
        stepCounter.setText(UiText.STEP_OF.in(lang, n, lesson.steps().size()));
        previous.setEnabled(n > 1);
        next.setEnabled(n < lesson.steps().size());
        presenter.showStep(n);
        switcher.setHref(Addresses.lessonStep(lesson.id(), n, lang.other()));
        caption.setText(lang.digits(step.caption().in(lang)));
        notes.removeAll();
        String noteText = step.notes() == null ? null : step.notes().in(lang);
        notes.add(new Span(UiText.PRESENTER_NOTES.in(lang)), new Paragraph(noteText == null
                ? UiText.NO_NOTES.in(lang) : lang.digits(noteText)));
        eventBox.removeAll();
        Optional<AtlasEvent> highlighted = step.eventId() == null ? Optional.empty() : events.event(step.eventId());
        if (step.eventId() != null && highlighted.isEmpty()) {
            notice(UiText.EVENT_GONE.in(lang, step.eventId()));
        }
        highlighted.ifPresent(event -> eventBox.add(EventList.single(lang, event.id())));

        map.setLanguage(lang.code(), MapTexts.in(lang, step.range()));
        map.setRange(step.range());
        map.setVisibleLayers(step.layers());
        map.showRegion(step.regionId(), step.camera() == null && step.regionId() != null);
        List<String> featureIds = highlighted.map(AtlasEvent::featureIds).orElse(List.of());
        map.select(featureIds, step.camera() == null && step.regionId() == null && !featureIds.isEmpty());
        if (step.camera() != null) {
            map.moveTo(step.camera().lon(), step.camera().lat(), step.camera().zoom(), animate);
        }
    }

    private void go(Presenter.Move move) {
        if (lesson == null || lesson.steps().isEmpty()) {
            return;
        }
        int target = switch (move) {
            case NEXT -> Math.min(number + 1, lesson.steps().size());
            case PREVIOUS -> Math.max(number - 1, 1);
            case FIRST -> 1;
            case LAST -> lesson.steps().size();
        };
        if (target != number) {
            getUI().ifPresent(ui -> ui.navigate(Addresses.lessonStepPath(lesson.id(), target),
                    com.vaadin.flow.router.QueryParameters.of("lang", lang.code())));
        }
    }

    private void toggleNotes() {
        notesOpen = !notesOpen;
        notes.setVisible(notesOpen);
    }

    private void notice(String message) {
        notices.add(new Notice(message));
    }
}
