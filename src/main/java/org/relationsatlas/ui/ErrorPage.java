package org.relationsatlas.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;

/**
 * What the error views ({@link PageNotFound}, {@link PageFailed}) show: the page header with the atlas's
 * title and the language switch, the status, what happened in the page's language, and links back.
 * The address asked for is shown as text.
 */
abstract class ErrorPage extends Div implements HasDynamicTitle {

    private String title = UiText.APP_TITLE.in(Lang.EN);

    ErrorPage() {
        addClassName("error-page");
    }

    /** Fills the page for this navigation and returns the status, which the first response carries too. */
    int show(BeforeEnterEvent event, int status, String heading, UiText explanation) {
        Lang lang = PageLanguage.enter(this, event);
        String path = event.getLocation().getPath();
        removeAll();
        Anchor home = new Anchor(Addresses.atlas(lang), UiText.APP_TITLE.in(lang));
        home.addClassName("error-home");
        PageHeader header = new PageHeader(home, "atlas-header", "header-links",
                new LanguageSwitch(lang, otherLanguage(path, lang)));
        Span code = new Span(UiText.ERROR_STATUS.in(lang, status));
        code.addClassName("error-status");
        H1 title = new H1(heading);
        Paragraph text = new Paragraph(explanation.in(lang, "/" + path));
        text.addClassName("error-text");
        Anchor atlas = new Anchor(Addresses.atlas(lang), UiText.GO_TO_ATLAS.in(lang));
        atlas.addClassName("error-back");
        Anchor lessons = new Anchor(Addresses.lessons(lang), UiText.GO_TO_LESSONS.in(lang));
        Div links = new Div(atlas, lessons);
        links.addClassName("error-links");
        Main main = new Main(code, title, text, links);
        main.addClassName("error-main");
        add(header, main);
        this.title = heading + " · " + UiText.APP_TITLE.in(lang);
        return status;
    }

    /** The same address in the other language; the atlas when the address cannot be one. */
    private static String otherLanguage(String path, Lang lang) {
        try {
            return new Location(path, QueryParameters.of("lang", lang.other().code())).getPathWithQueryParameters();
        } catch (IllegalArgumentException e) {
            return Addresses.atlas(lang.other());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
