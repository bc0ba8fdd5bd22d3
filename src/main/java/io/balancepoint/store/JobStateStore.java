package io.balancepoint.store;

import io.balancepoint.store.ao.JobStateEntity;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import net.java.ao.Query;

/**
 * One row per job name: its status and progress, and the lease that lets exactly one node of the
 * cluster run it at a time.
 *
 * <p>Every change is conditional on the version the writer read ("delete WHERE version = read,
 * insert version + 1", as in {@link FactsStore}): of two nodes claiming the same job only one
 * finds the row it read, the other re-reads and sees the job running. A first claim of a job
 * that has no row yet is decided by the unique job name. A running job renews its lease with each
 * {@link #report}; a job whose node reported nothing for {@code staleAfter} (the node died) can be
 * claimed by another node, and the old run's next report fails with {@link LeaseLostException}.
 * This is what "once per cluster" rests on, besides Jira's own cluster-wide scheduling.
 */
public final class JobStateStore {

    private static final int MAX_ATTEMPTS = 10;
    private static final SecureRandom TOKENS = new SecureRandom();

    private final AoStorage storage;

    public JobStateStore(AoStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** The job's state; {@link JobState#never} when it has never run. */
    public JobState state(String jobName) {
        return row(jobName).map(JobStateStore::state).orElseGet(() -> JobState.never(jobName));
    }

    /** Every job that has run at least once, by name. */
    public List<JobState> all() {
        List<JobState> states = new ArrayList<>();
        for (JobStateEntity row : storage.find(JobStateEntity.class, Query.select().order("JOB_NAME"))) {
            states.add(state(row));
        }
        return states;
    }

    /**
     * Makes {@code owner} the node running {@code jobName}, unless another node runs it and reported
     * within {@code staleAfter}. The new run starts with the progress {@code start} derives from the
     * previous state (a resumable job keeps the previous cursor; others start from nothing).
     *
     * @return the lease, or empty when the job is running elsewhere
     */
    public Optional<JobLease> claim(String jobName, String owner, Instant now, Duration staleAfter,
                                   Function<JobState, JobProgress> start) {
        Objects.requireNonNull(owner, "owner");
        return retrying(() -> {
            Optional<JobStateEntity> row = row(jobName);
            JobState previous = row.map(JobStateStore::state).orElseGet(() -> JobState.never(jobName));
            if (!previous.claimableAt(now, staleAfter)) {
                return Optional.empty();
            }
            JobProgress progress = start.apply(previous);
            long token = newToken();
            JobState started = new JobState(jobName, JobStatus.RUNNING, progress.done(), progress.total(),
                    progress.done(), now, now, progress.cursor(), progress.message(), owner, false,
                    previous.version() + 1);
            replace(row, started, token);
            return Optional.of(new JobLease(jobName, owner, token, previous, started));
        });
    }

    /**
     * Records the progress of a run and renews its lease.
     *
     * @return the state now stored; {@link JobState#cancelRequested()} tells the run to stop
     * @throws LeaseLostException when another node has taken the job over
     */
    public JobState report(JobLease lease, JobProgress progress, Instant now) {
        return retrying(() -> {
            JobStateEntity row = held(lease);
            JobState current = state(row);
            JobState next = new JobState(lease.jobName(), JobStatus.RUNNING, progress.done(), progress.total(),
                    current.runStartDone(), current.startedAt(), now, progress.cursor(), progress.message(),
                    lease.owner(), current.cancelRequested(), current.version() + 1);
            replace(Optional.of(row), next, lease.token());
            return next;
        });
    }

    /**
     * Ends a run with a final status and releases the lease.
     *
     * @throws LeaseLostException when another node has taken the job over
     */
    public JobState finish(JobLease lease, JobStatus status, JobProgress progress, Instant now) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("a run finishes as DONE, FAILED or CANCELLED, not " + status);
        }
        return retrying(() -> {
            JobStateEntity row = held(lease);
            JobState current = state(row);
            JobState next = new JobState(lease.jobName(), status, progress.done(), progress.total(),
                    current.runStartDone(), current.startedAt(), now, progress.cursor(), progress.message(),
                    null, false, current.version() + 1);
            replace(Optional.of(row), next, 0);
            return next;
        });
    }

    /**
     * Asks the running job to stop at its next report.
     *
     * @return false when the job is not running (nothing to cancel)
     */
    public boolean requestCancel(String jobName) {
        return retrying(() -> {
            Optional<JobStateEntity> row = row(jobName);
            if (row.isEmpty() || !JobStatus.RUNNING.name().equals(row.get().getJobStatus())) {
                return false;
            }
            JobState current = state(row.get());
            if (!current.cancelRequested()) {
                JobState next = new JobState(jobName, current.status(), current.done(), current.total(),
                        current.runStartDone(), current.startedAt(), current.updatedAt(), current.cursor(),
                        current.message(), current.leaseOwner(), true, current.version() + 1);
                replace(row, next, row.get().getLeaseToken());
            }
            return true;
        });
    }

    private JobStateEntity held(JobLease lease) {
        Optional<JobStateEntity> row = row(lease.jobName());
        if (row.isEmpty() || row.get().getLeaseToken() != lease.token()
                || !JobStatus.RUNNING.name().equals(row.get().getJobStatus())) {
            String holder = row.map(JobStateEntity::getLeaseOwner).orElse(null);
            throw new LeaseLostException("job " + lease.jobName() + " is no longer held by this run on " + lease.owner()
                    + (holder == null ? "" : "; it is now held by " + holder));
        }
        return row.get();
    }

    /** Replaces the row read (if any) by {@code next}; fails if the row changed since it was read. */
    private void replace(Optional<JobStateEntity> read, JobState next, long token) {
        if (read.isPresent()) {
            int deleted = storage.deleteWhere(JobStateEntity.class, "JOB_NAME = ? AND ROW_VERSION = ?",
                    next.name(), read.get().getRowVersion());
            if (deleted == 0) {
                throw new ConcurrentChangeException("job " + next.name() + " changed while being updated");
            }
        }
        // Without a row read, a concurrent first insert of the same name fails on the unique job name.
        storage.create(JobStateEntity.class, columns(next, token));
    }

    /** Runs one attempt per transaction, again from a fresh read while other nodes win the race. */
    private <R> R retrying(Supplier<R> attempt) {
        for (int i = 1; ; i++) {
            try {
                return storage.inTransaction(attempt);
            } catch (RuntimeException e) {
                if (!StorageFailures.isRetryable(e) || i >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Optional<JobStateEntity> row(String jobName) {
        JobStateEntity[] rows = storage.find(JobStateEntity.class, Query.select().where("JOB_NAME = ?", jobName));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static long newToken() {
        long token;
        do {
            token = TOKENS.nextLong();
        } while (token == 0);
        return token;
    }

    private static Map<String, Object> columns(JobState state, long token) {
        Map<String, Object> row = new HashMap<>();
        row.put("JOB_NAME", state.name());
        row.put("ROW_VERSION", state.version());
        row.put("JOB_STATUS", state.status().name());
        row.put("DONE_COUNT", state.done());
        row.put("TOTAL_COUNT", state.total());
        row.put("RUN_START_DONE", state.runStartDone());
        row.put("STARTED_AT", EpochMillis.of(state.startedAt()));
        row.put("UPDATED_AT", EpochMillis.of(state.updatedAt()));
        row.put("CURSOR_VALUE", state.cursor());
        row.put("STATUS_MESSAGE", truncate(state.message()));
        row.put("LEASE_OWNER", state.leaseOwner());
        row.put("LEASE_TOKEN", token);
        row.put("CANCEL_REQUESTED", state.cancelRequested());
        return row;
    }

    private static JobState state(JobStateEntity row) {
        return new JobState(row.getJobName(), JobStatus.valueOf(row.getJobStatus()), row.getDoneCount(),
                row.getTotalCount(), row.getRunStartDone(), EpochMillis.instant(row.getStartedAt()),
                EpochMillis.instant(row.getUpdatedAt()), row.getCursorValue(), row.getStatusMessage(),
                row.getLeaseOwner(), row.isCancelRequested(), row.getRowVersion());
    }

    /** Messages are for people; a long exception text is cut to what the column holds. */
    private static String truncate(String message) {
        int max = net.java.ao.schema.StringLength.MAX_LENGTH;
        return message == null || message.length() <= max ? message : message.substring(0, max - 1) + "…";
    }
}
