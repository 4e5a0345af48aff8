package org.relationsatlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

/**
 * The band at the top of every page: the page's title (with a subtitle on the atlas) and its links,
 * the language switch among them.
 */
public class PageHeader extends Header {

    private final Div links = new Div();

    /** A page's header: its title and links, styled as the atlas's dark band. */
    public PageHeader(String title, Component... links) {
        this(new H1(title), "atlas-header", "header-links", links);
    }

    /** The atlas's header: title, subtitle and links. */
    public PageHeader(String title, String subtitle, Component... links) {
        this(titled(title, subtitle), "atlas-header", "header-links", links);
    }

    /**
     * A header with its own style (the presenting view's high-contrast band), whose controls sit in a
     * group of this class.
     */
    public PageHeader(Component title, String className, String controlsClassName, Component... controls) {
        addClassName(className);
        this.links.addClassName(controlsClassName);
        this.links.add(controls);
        add(title, this.links);
    }

    private static Div titled(String title, String subtitle) {
        Span sub = new Span(subtitle);
        sub.addClassName("subtitle");
        Div titles = new Div(new H1(title), sub);
        titles.addClassName("titles");
        return titles;
    }
}
