package io.balancepoint.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A job as every node sees it: status, progress of the current or last run, and who runs it.
 *
 * @param runStartDone    {@code done} when the current run started (above 0 for a resumed run)
 * @param startedAt       when the current or last run started; null if never run
 * @param updatedAt       the last report of the run (its heartbeat)
 * @param leaseOwner      the node that runs it; null unless {@link JobStatus#RUNNING}
 * @param cancelRequested whether someone asked the running job to stop
 * @param version         the row version; grows with every change
 */
public record JobState(
        String name,
        JobStatus status,
        long done,
        long total,
        long runStartDone,
        Instant startedAt,
        Instant updatedAt,
        String cursor,
        String message,
        String leaseOwner,
        boolean cancelRequested,
        long version) {

    /** The state of a job that has never run. */
    public static JobState never(String name) {
        return new JobState(name, JobStatus.IDLE, 0, 0, 0, null, null, null, null, null, false, 0);
    }

    /** Items per second in the current or last run; empty before any time has passed or anything was done. */
    public Optional<Double> ratePerSecond() {
        if (startedAt == null || updatedAt == null) {
            return Optional.empty();
        }
        long millis = Duration.between(startedAt, updatedAt).toMillis();
        long doneThisRun = done - runStartDone;
        if (millis <= 0 || doneThisRun <= 0) {
            return Optional.empty();
        }
        return Optional.of(doneThisRun * 1000.0 / millis);
    }

    /** Time still needed at the current rate, while running with a known total. */
    public Optional<Duration> eta() {
        if (status != JobStatus.RUNNING || total <= 0) {
            return Optional.empty();
        }
        long remaining = Math.max(0, total - done);
        return ratePerSecond().map(rate -> Duration.ofMillis(Math.round(remaining * 1000.0 / rate)));
    }

    /** Whether a node may take the job over: not running, or running with no report for {@code staleAfter}. */
    public boolean claimableAt(Instant now, Duration staleAfter) {
        if (status != JobStatus.RUNNING) {
            return true;
        }
        return updatedAt == null || !updatedAt.plus(staleAfter).isAfter(now);
    }
}
