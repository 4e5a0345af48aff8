package org.relationsatlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;

/** The language of a page being opened, and setting it on the page: what every view does on entering. */
public final class PageLanguage {

    private PageLanguage() {
    }

    /** The page's lang= parameter, else the browser's language, else English (as HtmlLangAndDir decides). */
    public static Lang of(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String parameter = event.getLocation().getQueryParameters().getSingleParameter("lang").orElse(null);
        return Lang.resolve(parameter, request == null ? null : request.getLocale());
    }

    /** The page's language, set on the view and on {@code <html>}. */
    public static Lang enter(Component view, BeforeEnterEvent event) {
        Lang lang = of(event);
        apply(view, lang);
        return lang;
    }

    /**
     * Marks a field whose text is in this language (an English caption on an Arabic page): its lang and
     * dir, which the stylesheet applies to the field's own input, so it is typed in its own direction.
     */
    public static void textIn(Component field, Lang text) {
        field.getElement().setAttribute("lang", text.code());
        field.getElement().setAttribute("dir", text.dir());
    }

    /** Sets the language and direction on the view and on {@code <html>}. */
    public static void apply(Component view, Lang lang) {
        view.getElement().setAttribute("dir", lang.dir());
        view.getElement().setAttribute("lang", lang.code());
        // The first response sets them on <html> already (HtmlLangAndDir); this keeps them right after in-app navigation.
        UI.getCurrent().getPage().executeJs(
                "document.documentElement.lang = $0; document.documentElement.dir = $1", lang.code(), lang.dir());
        connectionTexts(UI.getCurrent(), lang);
    }

    /** Vaadin's connection indicator speaks the page's language too (screen readers read it). */
    private static void connectionTexts(UI ui, Lang lang) {
        ui.getReconnectDialogConfiguration().setDialogText(UiText.CONNECTION_RECONNECTING.in(lang));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(UiText.CONNECTION_LOST.in(lang));
        // Its "online" text has no Java setter; a fixed script sets it, the text goes as a parameter.
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; }", UiText.CONNECTION_ONLINE.in(lang));
    }
}
