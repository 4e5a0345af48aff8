package org.relationsatlas.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Why a change or a file was refused: a heading ("Nothing was changed…") and every problem, one per
 * line. Problems may quote what the user sent, so they go in as text, never as HTML.
 */
public class ProblemList extends Notice {

    /**
     * @param heading  what happened, in the page's language
     * @param problems each problem; their text is written in English, with field names from the file format
     */
    public ProblemList(String heading, List<?> problems, String className) {
        super(heading, className);
        getElement().setAttribute("role", "alert");
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(String.valueOf(problem))));
        list.getElement().setAttribute("dir", "ltr");
        list.getElement().setAttribute("lang", "en");
        add(list);
    }
}
