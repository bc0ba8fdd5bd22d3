package io.balancepoint.store;

import java.util.Objects;

/**
 * The right of one node to run one job, from {@link JobStateStore#claim} until the run finishes or
 * another node takes the job over after the lease went stale.
 *
 * @param token    identifies this claim among all claims of the job
 * @param previous the job's state before this claim (its last run's status and cursor)
 * @param started  the state the claim wrote
 */
public record JobLease(String jobName, String owner, long token, JobState previous, JobState started) {

    public JobLease {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(started, "started");
    }
}
