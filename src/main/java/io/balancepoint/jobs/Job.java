package io.balancepoint.jobs;

import io.balancepoint.store.JobProgress;
import io.balancepoint.store.JobState;

/** A long-running piece of work that runs at most once at a time in the cluster (see {@link JobRunner}). */
public interface Job {

    /** The job's name: the key of its state row and lease. */
    String name();

    /**
     * The progress a new run starts from, given the job's previous state: a resumable job carries
     * the previous cursor on; by default every run starts from nothing.
     */
    default JobProgress startFrom(JobState previous) {
        return JobProgress.start();
    }

    /**
     * Does the work, reporting progress through {@code run} (which also tells a cancelled run to
     * stop, by throwing from {@link JobRun#report}).
     *
     * @return the final progress of a run that went through
     */
    JobProgress execute(JobRun run);
}
