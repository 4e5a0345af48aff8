package org.relationsatlas.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.ui.PageLanguage;

/**
 * What a lesson step says: its caption and presenter notes in English and Arabic, each written in
 * its own direction. Used when a step is added from the atlas and when it is edited.
 */
public class CaptionFields extends Div {

    private final TextArea captionEn;
    private final TextArea captionAr;
    private final TextArea notesEn;
    private final TextArea notesAr;

    /** The fields filled with a step's texts; null texts leave them empty. */
    public CaptionFields(Lang lang, Bilingual caption, Bilingual notes) {
        addClassName("caption-fields");
        captionEn = area(UiText.CAPTION_EN, lang, caption == null ? null : caption.en(), "caption-en", Lang.EN);
        captionAr = area(UiText.CAPTION_AR, lang, caption == null ? null : caption.ar(), "caption-ar", Lang.AR);
        notesEn = area(UiText.NOTES_EN, lang, notes == null ? null : notes.en(), "notes-en", Lang.EN);
        notesAr = area(UiText.NOTES_AR, lang, notes == null ? null : notes.ar(), "notes-ar", Lang.AR);
        add(captionEn, captionAr, notesEn, notesAr);
    }

    public Bilingual caption() {
        return new Bilingual(captionEn.getValue(), captionAr.getValue());
    }

    /** The notes, or null when both are empty: a step without notes. */
    public Bilingual notes() {
        String en = blankToNull(notesEn.getValue());
        String ar = blankToNull(notesAr.getValue());
        return en == null && ar == null ? null : new Bilingual(en, ar);
    }

    private TextArea area(UiText label, Lang lang, String value, String className, Lang textLang) {
        TextArea area = new TextArea(label.in(lang));
        area.setValue(value == null ? "" : value);
        area.addClassName(className);
        PageLanguage.textIn(area, textLang);
        return area;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
