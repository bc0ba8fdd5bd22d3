package io.balancepoint.workbench.jsm;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one import. Reading goes on after a problem so that one run reports as much
 * as possible, but stops collecting at {@link #LIMIT}: an export with a wrong shape fails on every
 * issue, and a thousand copies of the same message help nobody.
 */
final class ImportProblems {

    static final int LIMIT = 100;

    private final List<ImportProblem> problems = new ArrayList<>();
    private boolean truncated;

    void add(String file, String issueKey, String field, String reason) {
        if (problems.size() < LIMIT) {
            problems.add(new ImportProblem(file, issueKey, field, reason));
        } else {
            truncated = true;
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    void throwIfAny() throws JsmImportException {
        if (!problems.isEmpty()) {
            throw new JsmImportException(problems, truncated);
        }
    }
}
