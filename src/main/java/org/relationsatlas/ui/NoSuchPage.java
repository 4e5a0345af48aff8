package org.relationsatlas.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/**
 * A view's address names something that does not exist (a lesson id): the 404 page, with the view's
 * own heading ("No lesson 'x'.") instead of the router's "Couldn't find route".
 */
public class NoSuchPage extends NotFoundException {

    public NoSuchPage(String heading) {
        super(heading);
    }

    /** Shows the 404 page for this navigation, headed by {@code heading} (in the page's language). */
    public static void show(BeforeEnterEvent event, String heading) {
        event.rerouteToError(new NoSuchPage(heading), heading);
    }
}
