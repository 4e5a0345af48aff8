package org.relationsatlas.ui;

import com.vaadin.flow.component.html.Anchor;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;

/**
 * The link to the same page in the other language, named in that language ("العربية" on an English
 * page). It reloads the page, so the first response is already in the new direction.
 */
public class LanguageSwitch extends Anchor {

    public LanguageSwitch(Lang lang, String address) {
        super(address, UiText.SWITCH_LANGUAGE.in(lang));
        addClassName("language-switch");
        getElement().setAttribute("lang", lang.other().code());
        // The accessible name is the visible text (WCAG 2.5.3, label in name); what it does is its description.
        getElement().setAttribute("title", UiText.SWITCH_LANGUAGE_LABEL.in(lang));
        getElement().setAttribute("router-ignore", true);
    }
}
