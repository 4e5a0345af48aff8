package org.relationsatlas.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.relationsatlas.i18n.Lang;
import org.springframework.stereotype.Component;

/** Sets lang and dir on <html> in the first response, so Arabic pages are right-to-left from the first paint. */
@Component
public class HtmlLangAndDir implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Lang lang = Lang.resolve(response.getVaadinRequest().getParameter("lang"),
                    response.getVaadinRequest().getLocale());
            response.getDocument().selectFirst("html").attr("lang", lang.code()).attr("dir", lang.dir());
        });
    }
}
