package io.balancepoint.jobs;

import io.balancepoint.store.JobLease;
import io.balancepoint.store.JobProgress;
import io.balancepoint.store.JobState;
import io.balancepoint.store.JobStateStore;
import io.balancepoint.store.JobStatus;
import io.balancepoint.store.LeaseLostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on this node under the cluster lease of {@link JobStateStore}: a job that runs on
 * another node (and reported within the stale limit) is not started here. A run ends as DONE, as
 * CANCELLED when asked to stop, or as FAILED with the error's message; its progress and cursor are
 * kept, so a resumable job continues where it stopped.
 *
 * <p>A node that dies mid-run leaves the job RUNNING until the lease goes stale; then any node may
 * take it over. The stale limit must therefore be longer than the longest pause between two
 * progress reports of any job (rebuilding rollups and RFM scoring are single steps that report only
 * at the end, and so also cannot be cancelled half-way).
 */
public final class JobRunner {

    /** Default stale limit: no report for this long means the running node is gone. */
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobStateStore store;
    private final String node;
    private final Clock clock;
    private final Duration staleAfter;

    /** @param node this node's cluster id (Jira's node id; any stable name in the workbench) */
    public JobRunner(JobStateStore store, String node, Clock clock, Duration staleAfter) {
        this.store = Objects.requireNonNull(store, "store");
        this.node = Objects.requireNonNull(node, "node");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
    }

    /**
     * Runs the job on this thread unless it runs elsewhere.
     *
     * @return the state the run ended in; empty when the job is running on another node (or in another thread here)
     */
    public Optional<JobState> runNow(Job job) {
        return claim(job).map(run -> execute(job, run));
    }

    /**
     * Claims the job here and runs it on {@code executor} (for REST calls that start a job and return at once).
     *
     * @return the state the run started with (FAILED if the executor refused it); empty when the job is running elsewhere
     */
    public Optional<JobState> start(Job job, Executor executor) {
        Optional<JobRun> claimed = claim(job);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        JobRun run = claimed.get();
        try {
            executor.execute(() -> execute(job, run));
        } catch (RejectedExecutionException e) {
            // Never started: release the lease at once rather than leave the job "running" until it goes stale.
            return Optional.of(finishQuietly(run, JobStatus.FAILED, run.latest().withMessage("not started: " + e.getMessage())));
        }
        return Optional.of(run.lease().started());
    }

    /**
     * Asks a running job to stop at its next progress report (on whichever node runs it).
     *
     * @return false when the job is not running
     */
    public boolean cancel(String jobName) {
        return store.requestCancel(jobName);
    }

    /** The job's state as every node sees it. */
    public JobState state(String jobName) {
        return store.state(jobName);
    }

    private Optional<JobRun> claim(Job job) {
        Optional<JobLease> lease = store.claim(job.name(), node, clock.instant(), staleAfter, job::startFrom);
        if (lease.isEmpty()) {
            LOG.info("Job {} is running on another node; not started on {}", job.name(), node);
        } else if (lease.get().previous().status() == JobStatus.RUNNING) {
            LOG.warn("Job {} took over from node {}, which stopped reporting", job.name(), lease.get().previous().leaseOwner());
        }
        return lease.map(l -> new JobRun(l, store, clock));
    }

    private JobState execute(Job job, JobRun run) {
        try {
            JobProgress end = job.execute(run);
            return store.finish(run.lease(), JobStatus.DONE, end, clock.instant());
        } catch (JobCancelledException e) {
            LOG.info("Job {} was cancelled", job.name());
            return finishQuietly(run, JobStatus.CANCELLED, run.latest().withMessage("cancelled"));
        } catch (LeaseLostException e) {
            LOG.warn("Job {} on {} stopped: {}", job.name(), node, e.getMessage());
            return store.state(job.name());
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", job.name(), e);
            return finishQuietly(run, JobStatus.FAILED, run.latest().withMessage("failed: " + e.getMessage()));
        }
    }

    private JobState finishQuietly(JobRun run, JobStatus status, JobProgress progress) {
        try {
            return store.finish(run.lease(), status, progress, clock.instant());
        } catch (LeaseLostException e) {
            LOG.warn("Job {} could not record that it ended as {}: {}", run.lease().jobName(), status, e.getMessage());
            return store.state(run.lease().jobName());
        }
    }
}
