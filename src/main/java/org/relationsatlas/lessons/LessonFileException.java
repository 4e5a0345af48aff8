package org.relationsatlas.lessons;

import java.util.List;
import java.util.stream.Collectors;

import org.relationsatlas.dataset.DatasetProblem;

/** A lesson file that cannot be taken: every problem, by file, step and field. Nothing was saved. */
public class LessonFileException extends RuntimeException {

    private final List<DatasetProblem> problems;

    public LessonFileException(List<DatasetProblem> problems) {
        super(problems.size() + " problem(s) in the lesson file:\n"
                + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
