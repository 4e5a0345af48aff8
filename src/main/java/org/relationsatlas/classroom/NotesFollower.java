package org.relationsatlas.classroom;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * {@code <atlas-notes-follower>} (frontend/atlas-presenter.ts): tells the notes window which step the presenter
 * shows, as a {@link FollowStepEvent}.
 */
@Tag("atlas-notes-follower")
@JsModule("./atlas-presenter.ts")
class NotesFollower extends Component {

    NotesFollower(String lessonId) {
        getElement().setAttribute("lesson", lessonId);
    }

    /** Called with the step's number each time the presenter shows another step of the lesson. */
    Registration addStepListener(IntConsumer listener) {
        return addListener(FollowStepEvent.class, event -> listener.accept(event.step()));
    }
}
