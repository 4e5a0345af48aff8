package org.relationsatlas.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** The dataset could not be loaded; nothing was changed. Lists every problem found. */
public class DatasetException extends RuntimeException {

    private final List<DatasetProblem> problems;

    public DatasetException(List<DatasetProblem> problems) {
        super("The dataset was not loaded (the database is unchanged); " + problems.size() + " problem(s):\n  "
                + problems.stream().map(DatasetProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
