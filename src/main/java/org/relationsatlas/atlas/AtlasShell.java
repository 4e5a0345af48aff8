package org.relationsatlas.atlas;

import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.years.YearRange;

/**
 * The atlas's first paint: its title band and "Loading the atlas…", written into the page's first
 * response, in the page's language. Flow builds the view only after two round trips to the server; until
 * then the page would be blank (on a school laptop, seconds). index.ts removes the shell the moment the
 * view arrives; the view's own header (AtlasHeader) takes its place, the same band in the same place.
 */
@Component
public class AtlasShell implements VaadinServiceInitListener {

    static final String SHELL_ID = "page-shell";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            if (!isAtlas(request.getPathInfo())) {
                return;
            }
            Lang lang = Lang.resolve(request.getParameter("lang"), request.getLocale());
            Element body = response.getDocument().body();
            Element shell = body.prependElement("div").id(SHELL_ID).addClass("atlas").addClass("page-shell");
            Element header = shell.appendElement("header").addClass("atlas-header");
            Element titles = header.appendElement("div").addClass("titles");
            titles.appendElement("h1").text(UiText.APP_TITLE.in(lang));
            titles.appendElement("span").addClass("subtitle").text(UiText.APP_SUBTITLE.in(lang, YearRange.EARLIEST, YearRange.LATEST));
            // The view's links in their places (only their look: the view brings the links), so the title
            // wraps as it will in the view, on a phone too.
            Element links = header.appendElement("div").addClass("header-links").attr("aria-hidden", "true");
            links.appendElement("span").addClass("lessons-link").text(UiText.LESSONS.in(lang));
            links.appendElement("span").addClass("language-switch").attr("lang", lang.other().code())
                    .text(UiText.SWITCH_LANGUAGE.in(lang));
            shell.appendElement("p").addClass("page-loading").attr("role", "status").text(UiText.ATLAS_LOADING.in(lang));
        });
    }

    /** The atlas is the app's root address; every other page has its own header. */
    static boolean isAtlas(String pathInfo) {
        return pathInfo == null || pathInfo.isEmpty() || pathInfo.equals("/");
    }
}
