package org.relationsatlas.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;

/** A message above the content ("Saved.", "Ignored unknown layer…"), announced politely; its text goes in as text. */
public class Notice extends Div {

    public Notice(String text, String... classNames) {
        add(new Text(text));
        addClassName("notice");
        addClassNames(classNames);
        getElement().setAttribute("role", "status");
    }
}
