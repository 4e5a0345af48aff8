package org.relationsatlas.dataset;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken dataset stops the start with the list of problems, not a stack trace. */
class DatasetFailureAnalyzer extends AbstractFailureAnalyzer<DatasetException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatasetException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the problems listed above in the dataset folder (its format is described in data/README.md),"
                        + " then start again. The database still holds the dataset loaded before.",
                cause);
    }
}
