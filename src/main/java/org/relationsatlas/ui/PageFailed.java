package org.relationsatlas.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import org.relationsatlas.i18n.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A view failed while opening: a 500 in the page's language with the way back, instead of Flow's
 * stack trace or a white page. The exception goes to the log, never to the page.
 */
@AnonymousAllowed
public class PageFailed extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(PageFailed.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("The page /{} failed", event.getLocation().getPath(), parameter.getCaughtException());
        return show(event, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                UiText.PAGE_FAILED.in(PageLanguage.of(event)), UiText.PAGE_FAILED_TEXT);
    }
}
