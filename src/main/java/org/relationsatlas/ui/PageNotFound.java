package org.relationsatlas.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import org.relationsatlas.i18n.UiText;

/**
 * No page at this address (or no lesson by that id): a 404 in the page's language instead of Flow's
 * "Could not navigate". Anyone may see it, so a mistyped address is not sent to the log-in page.
 * A view that finds nothing to show comes here with its own heading ({@link NoSuchPage}).
 */
@AnonymousAllowed
public class PageNotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // The router's own message ("Couldn't find route …") is for developers; a view's is for readers.
        String heading = parameter.getCaughtException() instanceof NoSuchPage ? parameter.getCustomMessage()
                : UiText.PAGE_NOT_FOUND.in(PageLanguage.of(event));
        return show(event, HttpServletResponse.SC_NOT_FOUND, heading, UiText.PAGE_NOT_FOUND_TEXT);
    }
}
