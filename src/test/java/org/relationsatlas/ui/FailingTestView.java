package org.relationsatlas.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that fails while opening, only in the tests' app: how the error page for a failing view is seen. */
@Route(FailingTestView.ROUTE)
@AnonymousAllowed
public class FailingTestView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "test-only/failing-page";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException("this test page fails on purpose");
    }
}
