package io.balancepoint.rest.jobs;

import io.balancepoint.store.JobState;
import io.balancepoint.time.DateRange;
import java.util.Optional;

/**
 * Port: starts one of the admin jobs in the background under the cluster lease. The host builds
 * the job from its ports (ticket source, recomputer, queue) and hands it to the job runner.
 */
public interface JobLauncher {

    /** What to start; each names the admin who asked, for the audit log. */
    sealed interface Launch {
        String actor();
    }

    /** Compute every ticket not computed yet, resuming where a previous run stopped. */
    record Backfill(String actor) implements Launch {
    }

    /** Recompute the tickets of a range of days with the settings in force (audited, totals before and after). */
    record Recalculation(DateRange days, String actor) implements Launch {
    }

    /** Repair tickets whose stored facts are older than their last change. */
    record Reconcile(String actor) implements Launch {
    }

    /** Rebuild the day and month rollups from the ticket facts, of one project or (project null) all. */
    record RollupRebuild(String projectKey, String actor) implements Launch {
    }

    /** The job's state once started; empty when it is already running somewhere in the cluster. */
    Optional<JobState> start(Launch launch);
}
