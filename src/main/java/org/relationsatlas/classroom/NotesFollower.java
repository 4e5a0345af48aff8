package org.relationsatlas.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** {@code <atlas-notes-follower>} (frontend/atlas-presenter.ts): tells the notes window which step the presenter shows. */
@Tag("atlas-notes-follower")
@JsModule("./atlas-presenter.ts")
class NotesFollower extends Component {
}
