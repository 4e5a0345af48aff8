package org.relationsatlas.classroom;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;

import org.relationsatlas.i18n.Lang;

/** What the classroom pages share: the language, from ?lang= or the browser, as in the atlas. */
final class LessonPage {

    private LessonPage() {
    }

    /** The page's language, set on the view and on {@code <html>}. */
    static Lang enter(com.vaadin.flow.component.Component view, BeforeEnterEvent event) {
        Lang lang = language(event);
        setLanguage(view, lang);
        return lang;
    }

    static Lang language(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String parameter = event.getLocation().getQueryParameters().getSingleParameter("lang").orElse(null);
        return Lang.resolve(parameter, request == null ? null : request.getLocale());
    }

    /** Sets the view's language and direction, as the atlas view does. */
    static void setLanguage(com.vaadin.flow.component.Component view, Lang lang) {
        view.getElement().setAttribute("dir", lang.dir());
        view.getElement().setAttribute("lang", lang.code());
        // The first response sets them on <html> already (HtmlLangAndDir); this keeps them right after in-app navigation.
        com.vaadin.flow.component.UI.getCurrent().getPage().executeJs(
                "document.documentElement.lang = $0; document.documentElement.dir = $1", lang.code(), lang.dir());
    }
}
