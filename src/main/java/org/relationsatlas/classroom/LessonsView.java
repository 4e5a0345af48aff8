package org.relationsatlas.classroom;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.lessons.Lesson;
import org.relationsatlas.lessons.LessonFileException;
import org.relationsatlas.lessons.LessonService;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.Notice;
import org.relationsatlas.ui.PageHeader;
import org.relationsatlas.ui.PageLanguage;
import org.relationsatlas.ui.ProblemList;

/**
 * /lessons: every lesson, to present or export; editors also create, import, edit and delete here.
 * Buttons for editing are only built for editors, and the service refuses anyone else anyway.
 */
@Route(Addresses.LESSONS_ROUTE)
@AnonymousAllowed
public class LessonsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final AuthenticationContext authentication;
    private Lang lang = Lang.EN;
    private final Div messages = new Div();
    private final UnorderedList list = new UnorderedList();

    public LessonsView(LessonService lessons, AuthenticationContext authentication) {
        this.lessons = lessons;
        this.authentication = authentication;
        addClassName("lessons-view");
        messages.addClassName("notices");
        list.addClassName("lesson-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lang = PageLanguage.enter(this, event);
        removeAll();
        messages.removeAll();
        Anchor atlas = new Anchor(Addresses.atlas(lang), UiText.BACK_TO_ATLAS.in(lang));
        atlas.addClassName("atlas-link");
        PageHeader header = new PageHeader(UiText.LESSONS.in(lang), atlas, accountControl());
        Main main = new Main(new Paragraph(UiText.LESSONS_INTRO.in(lang)), messages, list);
        main.addClassName("lessons-main");
        if (isEditor()) {
            main.add(newLessonForm(), importForm());
        }
        add(header, main);
        showLessons();
    }

    @Override
    public String getPageTitle() {
        return UiText.LESSONS.in(lang) + " · " + UiText.APP_TITLE.in(lang);
    }

    private boolean isEditor() {
        return authentication.hasRole(LessonService.EDITOR);
    }

    /**
     * Log in (a link to the log-in page) or log out. Logging out is a button, not a link: Vaadin's
     * AuthenticationContext ends the session through Spring Security's logout, CSRF token included,
     * and the page reloads as an anonymous visitor's.
     */
    private Component accountControl() {
        if (isEditor()) {
            Button logOut = new Button(UiText.LOG_OUT.in(lang), click -> authentication.logout());
            logOut.addClassName("account-link");
            return logOut;
        }
        Anchor logIn = new Anchor(Addresses.login(lang), UiText.LOG_IN.in(lang));
        logIn.addClassName("account-link");
        logIn.getElement().setAttribute("router-ignore", true);
        return logIn;
    }

    private void showLessons() {
        list.removeAll();
        List<Lesson> all = lessons.lessons();
        if (all.isEmpty()) {
            list.add(new ListItem(UiText.NO_LESSONS.in(lang)));
        }
        for (Lesson lesson : all) {
            ListItem item = new ListItem();
            item.addClassName("lesson-item");
            item.getElement().setAttribute("data-lesson-id", lesson.id());
            H2 title = new H2(lang.digits(lesson.title().in(lang)));
            Span steps = new Span(UiText.STEP_COUNT.in(lang, lesson.steps().size()));
            steps.addClassName("step-total");
            Anchor present = new Anchor(Addresses.lesson(lesson.id(), lang), UiText.PRESENT.in(lang));
            present.addClassName("present-link");
            Anchor export = new Anchor(Addresses.lessonFile(lesson.id()), UiText.EXPORT_JSON.in(lang));
            export.addClassName("export-link");
            export.getElement().setAttribute("download", lesson.id() + ".json");
            export.getElement().setAttribute("router-ignore", true);
            Div actions = new Div(present, export);
            actions.addClassName("lesson-actions");
            if (isEditor()) {
                Anchor edit = new Anchor(Addresses.lessonEditor(lesson.id(), lang), UiText.EDIT.in(lang));
                edit.addClassName("edit-link");
                Button delete = new Button(UiText.DELETE.in(lang), click -> {
                    lessons.delete(lesson.id());
                    showLessons();
                });
                delete.addClassName("delete-lesson");
                actions.add(edit, delete);
            }
            item.add(title, steps, actions);
            list.add(item);
        }
    }

    private Div newLessonForm() {
        TextField id = new TextField(UiText.LESSON_ID.in(lang));
        id.addClassName("new-lesson-id");
        TextField titleEn = new TextField(UiText.TITLE_EN.in(lang));
        titleEn.addClassName("new-lesson-title-en");
        TextField titleAr = new TextField(UiText.TITLE_AR.in(lang));
        titleAr.addClassName("new-lesson-title-ar");
        PageLanguage.textIn(id, Lang.EN);
        PageLanguage.textIn(titleEn, Lang.EN);
        PageLanguage.textIn(titleAr, Lang.AR);
        Button create = new Button(UiText.CREATE.in(lang), click -> {
            try {
                Lesson created = lessons.create(id.getValue().strip(),
                        new Bilingual(titleEn.getValue(), titleAr.getValue()));
                UI.getCurrent().navigate(Addresses.lessonEditorPath(created.id()),
                        com.vaadin.flow.router.QueryParameters.of("lang", lang.code()));
            } catch (LessonFileException e) {
                showProblems(e);
            }
        });
        create.addClassName("create-lesson");
        Div form = new Div(new H2(UiText.NEW_LESSON.in(lang)), id, titleEn, titleAr, create);
        form.addClassName("new-lesson");
        return form;
    }

    private Div importForm() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            getUI().ifPresent(ui -> ui.access(() -> importFile(metadata.fileName(), bytes)));
        }));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(1_000_000);
        upload.addClassName("lesson-import");
        Div form = new Div(new H2(UiText.IMPORT_JSON.in(lang)), upload);
        form.addClassName("import-lesson");
        return form;
    }

    private void importFile(String fileName, byte[] file) {
        messages.removeAll();
        try {
            LessonService.Imported imported = lessons.importFile(fileName, file);
            Lesson lesson = imported.lesson();
            messages.add(new Notice((imported.replaced() ? UiText.IMPORT_REPLACED : UiText.IMPORTED).in(lang,
                    lesson.title().in(lang), lesson.steps().size()), "import-done"));
            showLessons();
        } catch (LessonFileException e) {
            showProblems(e);
        }
    }

    private void showProblems(LessonFileException e) {
        messages.removeAll();
        messages.add(new ProblemList(UiText.IMPORT_FAILED.in(lang), e.problems(), "import-problems"));
    }
}
