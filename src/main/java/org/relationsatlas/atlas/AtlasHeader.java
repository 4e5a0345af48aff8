package org.relationsatlas.atlas;

import com.vaadin.flow.component.html.Anchor;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.Addresses;
import org.relationsatlas.ui.LanguageSwitch;
import org.relationsatlas.ui.PageHeader;
import org.relationsatlas.years.YearRange;

/** The header of the atlas and of the comparison: title, subtitle, the lessons and the language switch. */
final class AtlasHeader {

    private AtlasHeader() {
    }

    /** @param otherLanguage the address of this same view in the other language */
    static PageHeader of(Lang lang, String otherLanguage) {
        Anchor lessons = new Anchor(Addresses.lessons(lang), UiText.LESSONS.in(lang));
        lessons.addClassName("lessons-link");
        return new PageHeader(UiText.APP_TITLE.in(lang), UiText.APP_SUBTITLE.in(lang, YearRange.EARLIEST, YearRange.LATEST), lessons,
                new LanguageSwitch(lang, otherLanguage));
    }
}
