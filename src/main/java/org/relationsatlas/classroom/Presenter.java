package org.relationsatlas.classroom;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.Addresses;

/**
 * The Java side of {@code <atlas-presenter>} (frontend/atlas-presenter.ts): presenter keys, full screen, notes
 * window. Keys come back as {@link PresenterMoveEvent} and {@link PresenterNotesEvent}.
 */
@Tag("atlas-presenter")
@JsModule("./atlas-presenter.ts")
class Presenter extends Component {

    /** Where a presenter key or clicker asks to go. */
    enum Move { NEXT, PREVIOUS, FIRST, LAST }

    private final String lessonId;
    private final Lang lang;

    Presenter(String lessonId, Lang lang) {
        getElement().setAttribute("lesson", lessonId);
        getElement().setAttribute("lang", lang.code());
        getElement().setAttribute("full-screen-label", UiText.FULL_SCREEN.in(lang));
        getElement().setAttribute("notes-window-label", UiText.NOTES_WINDOW.in(lang));
        this.lessonId = lessonId;
        this.lang = lang;
    }

    void showStep(int number) {
        getElement().setAttribute("step", String.valueOf(number));
        // The notes window of this lesson, in this language, at this step.
        getElement().setAttribute("notes-url", Addresses.lessonNotes(lessonId, lang, number));
    }

    /** Called for each presenter key or clicker press that names a {@link Move}. */
    Registration addMoveListener(Consumer<Move> listener) {
        return addListener(PresenterMoveEvent.class, event -> event.move().ifPresent(listener));
    }

    /** Called when the presenter presses N. */
    Registration addNotesToggleListener(Runnable listener) {
        return addListener(PresenterNotesEvent.class, event -> listener.run());
    }
}
