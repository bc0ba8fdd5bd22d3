package io.balancepoint.workbench.jsm;

/**
 * One thing wrong with an export: the file, the issue it concerns (null for files that are not about
 * one issue), the JSON field (a path such as {@code fields.worklog.worklogs[1].started}; null for the
 * whole file) and why.
 */
public record ImportProblem(String file, String issueKey, String field, String reason) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (issueKey != null) {
            text.append(": ").append(issueKey);
        }
        if (field != null && !field.isEmpty()) {
            text.append(": ").append(field);
        }
        return text.append(": ").append(reason).toString();
    }
}
