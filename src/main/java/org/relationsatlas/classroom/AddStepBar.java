package org.relationsatlas.classroom;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

import org.relationsatlas.atlas.AtlasQuery;
import org.relationsatlas.atlas.AtlasViewContext;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.lessons.Camera;
import org.relationsatlas.lessons.Lesson;
import org.relationsatlas.lessons.LessonFileException;
import org.relationsatlas.lessons.LessonService;
import org.relationsatlas.lessons.LessonStep;
import org.relationsatlas.map.MapCamera;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.Notice;
import org.relationsatlas.ui.ProblemList;

/**
 * Shown to an editor who opened the atlas from a lesson (?lesson=id): "Add current view as step"
 * saves the years, layers, region, highlighted event and the map's camera as they are now, with the
 * captions and notes the editor writes in a dialog.
 */
class AddStepBar extends Div {

    private final Lesson lesson;
    private final Lang lang;
    private final AtlasViewContext view;
    private final LessonService lessons;

    AddStepBar(Lesson lesson, AtlasViewContext view, LessonService lessons) {
        this.lesson = lesson;
        this.lang = view.lang();
        this.view = view;
        this.lessons = lessons;
        addClassNames("notice", "add-step-bar");
        Button add = new Button(UiText.ADD_CURRENT_VIEW.in(lang), click -> view.readCamera(this::openDialog));
        add.addClassName("add-current-view");
        add(new Text(UiText.ADDING_TO_LESSON.in(lang, lesson.title().in(lang)) + " "), add, editorLink());
    }

    private Anchor editorLink() {
        Anchor back = new Anchor(Addresses.lessonEditor(lesson.id(), lang), UiText.BACK_TO_EDITOR.in(lang));
        back.addClassName("back-to-editor");
        return back;
    }

    private void openDialog(MapCamera camera) {
        Dialog dialog = new Dialog();
        dialog.addClassName("add-step-dialog");
        dialog.setHeaderTitle(UiText.ADD_CURRENT_VIEW.in(lang));
        CaptionFields texts = new CaptionFields(lang, null, null);
        texts.setWidth("min(44rem, 80vw)");
        Div problems = new Div();
        Button save = new Button(UiText.SAVE.in(lang), click -> {
            AtlasQuery query = view.query();
            LessonStep step = new LessonStep(query.range(), query.layers(), query.regionId(), rounded(camera),
                    query.eventId(), texts.caption(), texts.notes());
            try {
                Lesson saved = lessons.addStep(lesson.id(), step);
                dialog.close();
                Notice done = new Notice(UiText.STEP_ADDED.in(lang, saved.steps().size(),
                        saved.title().in(lang)) + " ", "step-added");
                done.add(editorLink());
                getParent().ifPresent(parent -> ((com.vaadin.flow.component.HasComponents) parent).add(done));
            } catch (LessonFileException e) {
                problems.removeAll();
                problems.add(new ProblemList(UiText.IMPORT_FAILED.in(lang), e.problems(), "edit-problems"));
            }
        });
        save.addClassName("save-step");
        Button cancel = new Button(UiText.CANCEL.in(lang), click -> dialog.close());
        dialog.add(texts, problems);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** The map's centre on the −180..180 meridians, to 0.01°, and its zoom to 0.1: what a lesson file holds. */
    private static Camera rounded(MapCamera camera) {
        double lon = ((camera.lon() + 180) % 360 + 360) % 360 - 180;
        double lat = Math.max(-85, Math.min(85, camera.lat()));
        double zoom = Math.max(Camera.MIN_ZOOM, Math.min(Camera.MAX_ZOOM, camera.zoom()));
        return new Camera(Math.round(lon * 100) / 100.0, Math.round(lat * 100) / 100.0, Math.round(zoom * 10) / 10.0);
    }
}
