package org.relationsatlas.atlas;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.i18n.UiText;
import org.relationsatlas.lessons.LessonFileException;

/**
 * Why a lesson change or file was refused: "Nothing was changed" and every problem, by file, step and
 * field. Problems quote the file, so they go in as text, never as HTML.
 */
public class ProblemList extends Notice {

    public ProblemList(LessonFileException refused, Lang lang, String className) {
        super(UiText.IMPORT_FAILED.in(lang), className);
        getElement().setAttribute("role", "alert");
        UnorderedList problems = new UnorderedList();
        refused.problems().forEach(problem -> problems.add(new ListItem(problem.toString())));
        // The problems are written in English, with field names from the file format.
        problems.getElement().setAttribute("dir", "ltr");
        problems.getElement().setAttribute("lang", "en");
        add(problems);
    }
}
