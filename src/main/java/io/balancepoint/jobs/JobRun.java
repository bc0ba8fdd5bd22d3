package io.balancepoint.jobs;

import io.balancepoint.store.JobLease;
import io.balancepoint.store.JobProgress;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** One run of a job on this node: its lease, what it started from, and the way it reports progress. */
public final class JobRun {

    private final JobLease lease;
    private final JobStateStore store;
    private final Clock clock;
    private volatile JobProgress latest;

    JobRun(JobLease lease, JobStateStore store, Clock clock) {
        this.lease = Objects.requireNonNull(lease, "lease");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.latest = startedFrom();
    }

    /** The progress this run started from (a resumed run's cursor). */
    public JobProgress startedFrom() {
        JobState started = lease.started();
        return new JobProgress(started.done(), started.total(), started.cursor(), started.message());
    }

    /** The job's state before this run (how the last run ended). */
    public JobState previous() {
        return lease.previous();
    }

    /** The node running it. */
    public String node() {
        return lease.owner();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The last progress reported (or started from). */
    public JobProgress latest() {
        return latest;
    }

    /**
     * Stores the progress and renews the lease. Report after work is committed, so a later run
     * resumes after it.
     *
     * @throws JobCancelledException                   when someone asked the job to stop
     * @throws io.balancepoint.store.LeaseLostException when another node took the job over
     */
    public void report(JobProgress progress) {
        JobState state = store.report(lease, progress, clock.instant());
        latest = progress;
        if (state.cancelRequested()) {
            throw new JobCancelledException(lease.jobName());
        }
    }

    JobLease lease() {
        return lease;
    }
}
