package org.relationsatlas.lessons;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken shipped lesson stops the start with its problems listed, not a stack trace. */
class LessonFailureAnalyzer extends AbstractFailureAnalyzer<LessonFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LessonFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the lesson file (its format is described in data/lessons/README.md), then start again."
                        + " Lessons already in the database are unchanged.",
                cause);
    }
}
