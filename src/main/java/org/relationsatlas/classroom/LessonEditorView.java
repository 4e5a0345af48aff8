package org.relationsatlas.classroom;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.lessons.Lesson;
import org.relationsatlas.lessons.LessonFileException;
import org.relationsatlas.lessons.LessonService;
import org.relationsatlas.lessons.LessonStep;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.Labels;
import org.relationsatlas.ui.NoSuchPage;
import org.relationsatlas.ui.Notice;
import org.relationsatlas.ui.PageHeader;
import org.relationsatlas.ui.PageLanguage;
import org.relationsatlas.ui.ProblemList;

/**
 * /lesson/{id}/edit, for editors only: titles, each step's captions and notes, order and deletion.
 * Steps are added from the atlas ("Add current view as step"), which saves the view as it is.
 */
@Route(Addresses.LESSON_EDIT_ROUTE)
// The add-step dialog opens on the atlas (AddStepBar), which no route references: its web component
// gets into the production bundle through here, where adding steps starts.
@Uses(Dialog.class)
@RolesAllowed(LessonService.EDITOR)
public class LessonEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private Lesson lesson;
    private Lang lang = Lang.EN;
    private final Div messages = new Div();
    private final OrderedList steps = new OrderedList();

    public LessonEditorView(LessonService lessons) {
        this.lessons = lessons;
        addClassName("lesson-editor");
        messages.addClassName("notices");
        steps.addClassName("step-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lang = PageLanguage.enter(this, event);
        String id = event.getRouteParameters().get(Addresses.RouteParameter.LESSON_ID).orElse("");
        removeAll();
        lesson = lessons.lesson(id).orElse(null);
        if (lesson == null) {
            NoSuchPage.show(event, UiText.NO_SUCH_LESSON.in(lang, id));
            return;
        }
        Anchor list = new Anchor(Addresses.lessons(lang), UiText.LESSONS.in(lang));
        Anchor present = new Anchor(Addresses.lesson(id, lang), UiText.PRESENT.in(lang));
        Anchor addStep = new Anchor(Addresses.atlasAddingTo(id, lang), UiText.ADD_STEP_FROM_ATLAS.in(lang));
        addStep.addClassName("add-step-link");
        PageHeader header = new PageHeader(lang.digits(lesson.title().in(lang)), list, present);
        Main main = new Main(messages, titleForm(), new H2(UiText.STEPS.in(lang)), steps, addStep);
        main.addClassName("editor-main");
        add(header, main);
        showSteps();
    }

    @Override
    public String getPageTitle() {
        return UiText.EDIT.in(lang) + " · " + (lesson == null ? "" : lesson.title().in(lang));
    }

    private Div titleForm() {
        TextField titleEn = new TextField(UiText.TITLE_EN.in(lang), lesson.title().en(), "");
        titleEn.addClassName("title-en");
        TextField titleAr = new TextField(UiText.TITLE_AR.in(lang), lesson.title().ar(), "");
        titleAr.addClassName("title-ar");
        PageLanguage.textIn(titleEn, Lang.EN);
        PageLanguage.textIn(titleAr, Lang.AR);
        Button save = new Button(UiText.SAVE.in(lang),
                click -> change(() -> lessons.rename(lesson.id(), new Bilingual(titleEn.getValue(), titleAr.getValue()))));
        save.addClassName("save-title");
        Div form = new Div(titleEn, titleAr, save);
        form.addClassName("title-form");
        return form;
    }

    private void showSteps() {
        steps.removeAll();
        List<LessonStep> all = lesson.steps();
        for (int i = 0; i < all.size(); i++) {
            steps.add(stepItem(i, all.get(i), all.size()));
        }
    }

    private ListItem stepItem(int index, LessonStep step, int count) {
        ListItem item = new ListItem();
        item.addClassName("step-item");
        item.getElement().setAttribute("data-step", String.valueOf(index + 1));
        String layers = step.layers().stream().map(layer -> Labels.label(layer, lang)).collect(Collectors.joining(", "));
        Span view = new Span(UiText.STEP_VIEW.in(lang, step.range().from(), step.range().to(), layers)
                + (step.eventId() == null ? "" : " · " + step.eventId()));
        view.addClassName("step-view");
        CaptionFields texts = new CaptionFields(lang, step.caption(), step.notes());
        Button save = new Button(UiText.SAVE.in(lang),
                click -> change(() -> lessons.editStep(lesson.id(), index, texts.caption(), texts.notes())));
        save.addClassName("save-step");
        Button up = new Button(UiText.MOVE_UP.in(lang), click -> change(() -> lessons.moveStep(lesson.id(), index, -1)));
        up.addClassName("move-up");
        up.setEnabled(index > 0);
        Button down = new Button(UiText.MOVE_DOWN.in(lang), click -> change(() -> lessons.moveStep(lesson.id(), index, 1)));
        down.addClassName("move-down");
        down.setEnabled(index < count - 1);
        Button delete = new Button(UiText.DELETE.in(lang), click -> change(() -> lessons.deleteStep(lesson.id(), index)));
        delete.addClassName("delete-step");
        Div buttons = new Div(save, up, down, delete);
        buttons.addClassName("step-buttons");
        item.add(view, texts, buttons);
        return item;
    }

    /** Runs one change; shows what was wrong when the lesson would not be valid (and nothing is saved). */
    private void change(Supplier<Lesson> action) {
        messages.removeAll();
        try {
            lesson = action.get();
            messages.add(new Notice(UiText.SAVED.in(lang), "saved"));
            showSteps();
        } catch (LessonFileException e) {
            messages.add(new ProblemList(UiText.IMPORT_FAILED.in(lang), e.problems(), "edit-problems"));
        }
    }
}
