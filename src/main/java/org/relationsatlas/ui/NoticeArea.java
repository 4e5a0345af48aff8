package org.relationsatlas.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;

/** Where a page shows its notices ("Ignored unknown layer…"), each one dismissible. */
public class NoticeArea extends Div {

    private final Lang lang;

    public NoticeArea(Lang lang) {
        this.lang = lang;
        addClassName("notices");
    }

    /** Adds a notice per message, each with a button that dismisses it. */
    public void show(List<String> messages) {
        for (String message : messages) {
            Notice notice = new Notice(message);
            Button dismiss = new Button("×", click -> remove(notice));
            dismiss.getElement().setAttribute("aria-label", UiText.DISMISS.in(lang));
            dismiss.addClassName("dismiss");
            notice.add(dismiss);
            add(notice);
        }
    }
}
