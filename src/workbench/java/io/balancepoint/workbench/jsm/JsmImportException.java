package io.balancepoint.workbench.jsm;

import java.util.List;
import java.util.stream.Collectors;

/** An export that cannot be imported, with every problem found (up to a limit); nothing of it was used. */
public final class JsmImportException extends Exception {

    private final List<ImportProblem> problems;
    private final boolean truncated;

    JsmImportException(List<ImportProblem> problems, boolean truncated) {
        super(message(problems, truncated));
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    /** The problems, in the order they were found. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** True when there were more problems than {@link #problems()} lists. */
    public boolean truncated() {
        return truncated;
    }

    private static String message(List<ImportProblem> problems, boolean truncated) {
        return "the JSM export cannot be imported (" + problems.size() + (truncated ? "+" : "") + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  "
                + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n  "));
    }
}
