package io.balancepoint.workbench.jsm;

import java.time.Instant;

/**
 * What an export holds, counted while it was validated (for the workbench's progress and the
 * {@code analyze} summary).
 *
 * @param exportedAt when the export was taken
 * @param agents     users with a Jira Service Management licence
 */
public record ImportSummary(
        Instant exportedAt,
        int issues,
        int projects,
        int customers,
        int organisations,
        int agents,
        int worklogs,
        int publicComments,
        int internalComments,
        int resolved,
        int rated) {
}
